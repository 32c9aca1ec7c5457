/** The folder a new vault gets inside the one a person chose. Always the same neutral name,
 * never the collective's: anyone who sees the disk (a raid, a repair shop, a shared laptop)
 * can read folder names. */
export const vaultFolderInside = (chosen: string): string => `${chosen.replace(/[\\/]$/, "")}/Tejido.tejido`;
