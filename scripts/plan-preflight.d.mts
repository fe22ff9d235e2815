/** Facts about this machine that the preflight decides on (gathered by preflight.mjs). */
export interface PreflightFacts {
  nodeVersion: string;
  /** package.json "engines".node; no Node check when absent. */
  engines?: string | undefined;
  /** CHROMIUM_PATH, or DEFAULT_BROWSER when it is unset. */
  browserPath: string;
  browserPresent: boolean;
  platform: string;
  isRoot: boolean;
  hasApt: boolean;
  /** ID and ID_LIKE from /etc/os-release. */
  osId?: string | undefined;
  osIdLike?: string[] | undefined;
}

export interface InstallStep {
  command: string;
  args: string[];
  /** Carry on when this step fails. */
  mayFail: boolean;
}

export type PreflightPlan =
  | { action: 'ok'; message: string }
  | { action: 'install'; message: string; steps: InstallStep[]; env: Record<string, string>; browserPath: string }
  | { action: 'stop'; message: string };

export const DEFAULT_BROWSER: string;
/** Null when nodeVersion fits the engines range (or there is none), else the one line to print. */
export function nodeProblem(nodeVersion: string, engines: string | undefined): string | null;
/** Go ahead, install the e2e browser, or stop with one line (see plan-preflight.mjs). */
export function planPreflight(facts: PreflightFacts): PreflightPlan;
