import {
  type CustomerImportReport,
  csvContentType,
  type ImportFormat,
  type Problem,
  xlsxContentType,
} from '@utilis/contracts';
import { ApiError } from '../../api/api-error.ts';

const base = (tenantId: string) => `/api/v1/tenants/${tenantId}`;

/** The format a chosen file is sent as: .xlsx is a workbook, anything else CSV. */
export const formatOf = (fileName: string): ImportFormat => (/\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv');

export const exportUrl = (tenantId: string, format: ImportFormat) =>
  `${base(tenantId)}/exports/customers?format=${format}`;

export const rejectedRowsUrl = (tenantId: string, importId: string) =>
  `${base(tenantId)}/imports/${importId}/rejected-rows`;

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'code' in value && 'status' in value;

/**
 * Sends a customer file as the request body and resolves with the import report. XMLHttpRequest
 * rather than fetch: it reports how much of a large file is uploaded.
 */
export function uploadCustomerFile({
  tenantId,
  file,
  csrfToken,
  onUploaded,
}: {
  tenantId: string;
  file: File;
  csrfToken: string;
  onUploaded: (fraction: number) => void;
}): Promise<CustomerImportReport> {
  const format = formatOf(file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${base(tenantId)}/imports/customers?fileName=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('content-type', format === 'xlsx' ? xlsxContentType : csvContentType);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploaded(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError({ status: 0, problem: null, reason: 'network' }));
    request.onload = () => {
      const payload: unknown = request.response;
      if (request.status >= 200 && request.status < 300) resolve(payload as CustomerImportReport);
      else {
        const problem = isProblem(payload) ? payload : null;
        reject(new ApiError({ status: request.status, problem, reason: problem ? 'problem' : 'unexpected' }));
      }
    };
    request.send(file);
  });
}
