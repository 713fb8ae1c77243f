/** The toolkit's version, read once from package.json; stamped into banners and manifests. */
import pkg from "../package.json" with { type: "json" };

export const TOOLKIT_VERSION: string = pkg.version;
