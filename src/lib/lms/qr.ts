/**
 * QR codes as inline SVG, made on this machine by the `qrcode` package (nothing is sent anywhere).
 * Made when a teacher opens a figure's tips, for the address the page is served from: the site
 * builds with relative paths, so only the open page knows the absolute address a phone must reach.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
