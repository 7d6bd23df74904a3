/** The command's name and version, as published: in each result file and in its user agent. */
import packageJson from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'nhs-site-audit';
export const TOOL_VERSION: string = packageJson.version;
/** Names the tool and where to read what it does, so that a site's owner knows who called. */
export const USER_AGENT = `${TOOL_NAME}/${TOOL_VERSION} (NHS website audit; reads public pages, honours robots.txt)`;
