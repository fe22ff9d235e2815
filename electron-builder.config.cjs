// electron-builder: installers for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg).
// `npm run dist` needs the network: electron-builder downloads Electron from GitHub.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.pathway-explorer.app',
  productName: 'Pathway Explorer',
  copyright: 'Pathway Explorer contributors',
  directories: { output: 'release', buildResources: 'assets/build' },
  files: ['dist/**/*', 'package.json', '!dist/**/*.map'],
  asar: true,
  icon: 'assets/build/icon.png',
  // Release-build hardening: the binary cannot be turned into a plain Node
  // runtime or debugged from outside, and only loads its own, verified app.asar.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Education;Science', maintainer: 'Pathway Explorer contributors' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.education' },
  nsis: { oneClick: false, perMachine: false },
};
