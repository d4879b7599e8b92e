import type { BackgroundApi, RequestType } from '../../messaging';

/** How popup parts ask the background for things (sendToBackground in the real popup). */
export type Api = <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
