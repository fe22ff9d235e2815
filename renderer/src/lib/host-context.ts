import { getContext } from 'svelte';
import type { Platform } from '../platform/platform.ts';

/** The context key under which App provides the host (the platform bridge) to components such as links. */
export const HOST = Symbol('host');

/** The host, for a component inside App (undefined in a component rendered on its own, e.g. in a test). */
export const hostFromContext = (): Platform | undefined => getContext<Platform | undefined>(HOST);
