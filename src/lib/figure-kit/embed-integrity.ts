/**
 * The Subresource Integrity hash of static/engram-embed.js ("sha384-…"), computed at build time
 * (scripts/vite-embed-integrity.mjs). The embed snippet carries it, with crossorigin="anonymous".
 */
import { integrity } from 'virtual:engram-embed-integrity';

export const EMBED_SCRIPT_INTEGRITY: string = integrity;
