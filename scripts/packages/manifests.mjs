/**
 * The XML inside each course package, as pure functions of plain data (tested in
 * tests/unit/packages.test.ts by parsing the XML against each format's required structure).
 *
 * - SCORM 1.2: imsmanifest.xml in the IMS CP 1.1.2 namespace with ADL's adlcp extension; one
 *   organization, one item, one resource with adlcp:scormtype="sco" launching index.html.
 * - IMS Common Cartridge 1.3: imsmanifest.xml in the imsccv1p3 namespace, metadata schema
 *   "IMS Common Cartridge" 1.3.0, a rooted-hierarchy organization, the article as webcontent and one
 *   web link (imswl_xmlv1p3) per figure embed.
 */

export const NS = {
	scormCp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
	adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
	xsi: 'http://www.w3.org/2001/XMLSchema-instance',
	ccCp: 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1',
	ccLomManifest: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest',
	ccLomResource: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource',
	ccWebLink: 'http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3'
};

/** @param {string} s */
export function xmlEscape(s) {
	return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An XML ID (NCName): letters, digits, dot, dash, underscore; never starting with a digit. @param {string} s */
export function xmlId(s) {
	const id = String(s).replace(/[^A-Za-z0-9._-]/g, '_');
	return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

/**
 * @param {{ slug: string, title: string, launch?: string, files: string[] }} o
 * @returns {string}
 */
export function scormManifest({ slug, title, launch = 'index.html', files }) {
	const t = xmlEscape(title);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(`engram-${slug}-scorm12`)}" version="1.0"
  xmlns="${NS.scormCp}"
  xmlns:adlcp="${NS.adlcp}"
  xmlns:xsi="${NS.xsi}"
  xsi:schemaLocation="${NS.scormCp} imscp_rootv1p1p2.xsd ${NS.adlcp} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xmlId(`org-${slug}`)}">
    <organization identifier="${xmlId(`org-${slug}`)}">
      <title>${t}</title>
      <item identifier="${xmlId(`item-${slug}`)}" identifierref="${xmlId(`sco-${slug}`)}" isvisible="true">
        <title>${t}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(`sco-${slug}`)}" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(launch)}">
${files.map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * @param {{ title: string, url: string }} o
 * @returns {string}
 */
export function webLinkXml({ title, url }) {
	return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${NS.ccWebLink}" xmlns:xsi="${NS.xsi}"
  xsi:schemaLocation="${NS.ccWebLink} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imswl_v1p3.xsd">
  <title>${xmlEscape(title)}</title>
  <url href="${xmlEscape(url)}" target="_blank"/>
</webLink>
`;
}

/**
 * @param {{ slug: string, title: string, summary?: string, language?: string, article: { href: string, title: string },
 *   links: { id: string, title: string, href: string }[] }} o
 *   `article.href`: the article's HTML file in the cartridge; `links[].href`: each web link's XML file;
 *   `language`: of the title and summary (default "en").
 * @returns {string}
 */
export function ccManifest({ slug, title, summary = '', language = 'en', article, links }) {
	const lang = xmlEscape(language);
	const item = (/** @type {string} */ id, /** @type {string} */ ref, /** @type {string} */ t) =>
		`        <item identifier="${xmlId(`item-${id}`)}" identifierref="${xmlId(ref)}">
          <title>${xmlEscape(t)}</title>
        </item>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId(`engram-${slug}-cc13`)}"
  xmlns="${NS.ccCp}"
  xmlns:lomimscc="${NS.ccLomManifest}"
  xmlns:lom="${NS.ccLomResource}"
  xmlns:xsi="${NS.xsi}"
  xsi:schemaLocation="${NS.ccCp} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd ${NS.ccLomManifest} http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.3.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title>
          <lomimscc:string language="${lang}">${xmlEscape(title)}</lomimscc:string>
        </lomimscc:title>${
					summary
						? `
        <lomimscc:description>
          <lomimscc:string language="${lang}">${xmlEscape(summary)}</lomimscc:string>
        </lomimscc:description>`
						: ''
				}
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="${xmlId(`org-${slug}`)}" structure="rooted-hierarchy">
      <item identifier="${xmlId(`root-${slug}`)}">
      <item identifier="${xmlId(`module-${slug}`)}">
        <title>${xmlEscape(title)}</title>
${item(`${slug}-article`, `res-${slug}-article`, title)}
${links.map((l) => item(`${slug}-${l.id}`, `res-${slug}-${l.id}`, l.title)).join('\n')}
      </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xmlId(`res-${slug}-article`)}" type="webcontent" href="${xmlEscape(article.href)}">
      <file href="${xmlEscape(article.href)}"/>
    </resource>
${links
	.map(
		(l) => `    <resource identifier="${xmlId(`res-${slug}-${l.id}`)}" type="imswl_xmlv1p3">
      <file href="${xmlEscape(l.href)}"/>
    </resource>`
	)
	.join('\n')}
  </resources>
</manifest>
`;
}
