/**
 * The backup code (validator, merge, store access) is loaded after start-up,
 * never in the first bundle: the keeper that uses it is created with the app.
 */
export async function loadBackupModules() {
  const [io, live, merge, copies] = await Promise.all([
    import('../store/progress-io.ts'),
    import('../core/backup/live-backup.ts'),
    import('../core/backup/merge-plan.ts'),
    import('./backup-copies.ts'),
  ]);
  return { ...io, ...live, ...merge, ...copies };
}
