import { adminEndpoints, endpointUrl, type ImportObject, type ImportPreview } from '@c360/contracts';
import { useQuery } from '@tanstack/react-query';
import { importKeys } from './get-imports';
import { sendImportFile } from './send-import-file';

/** Enough of a file for its header and first rows: a preview never uploads a large file whole. */
const PREVIEW_BYTES = 64 * 1024;

/** The first bytes of the file, cut after its last whole line (a newline byte is one in UTF-8 and Shift_JIS alike). */
export async function headOf(file: Blob): Promise<Blob> {
  if (file.size <= PREVIEW_BYTES) return file;
  const head = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  return file.slice(0, head.lastIndexOf(0x0a) + 1 || PREVIEW_BYTES);
}

/** The file's header and first rows, each column with the field it would be read as. */
export const previewImportFile = async (object: ImportObject, file: File): Promise<ImportPreview> =>
  sendImportFile(endpointUrl(adminEndpoints.previewImport, { query: { object } }), adminEndpoints.previewImport.response, await headOf(file));

// A chosen file has no name of its own to key its preview by: each gets a number while it is held.
const fileNumbers = new WeakMap<File, number>();
let filesNumbered = 0;
function numberOf(file: File): number {
  const known = fileNumbers.get(file);
  if (known !== undefined) return known;
  filesNumbered += 1;
  fileNumbers.set(file, filesNumbered);
  return filesNumbered;
}

/** The preview of the chosen file as `object`, asked for as soon as a file is chosen (offline it fails at once, as the check does). */
export const useImportPreview = (object: ImportObject, file: File | null) =>
  useQuery({
    queryKey: importKeys.preview(object, file ? numberOf(file) : 0),
    queryFn: () => previewImportFile(object, file!),
    enabled: file !== null,
    networkMode: 'always',
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });
