/**
 * The messages an embed posts to its parent when its height changes: our own (read by
 * static/engram-embed.js) and Canvas's `lti.frameResize`, which Canvas applies to the iframe that
 * sent it with no script of ours on the page.
 */
import type { ResizeMessage } from '../figure-kit/embed-options';

export interface LtiFrameResize {
	subject: 'lti.frameResize';
	height: number;
}

export function frameResizeMessages(message: ResizeMessage): [ResizeMessage, LtiFrameResize] {
	return [message, { subject: 'lti.frameResize', height: message.height }];
}
