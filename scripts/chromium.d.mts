export declare const CHROMIUM: string;
export declare const CHROMIUM_LAUNCH_OPTIONS: { executablePath: string; args: string[] };
export declare function ensureChromium(): void;
