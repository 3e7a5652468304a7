// The little of pdfmake 0.3 the business-case PDFs use. @types/pdfmake is
// not installed: it pulls in the DOM lib, whose Blob types then clash with
// Node's Buffer across the API.
declare module 'pdfmake' {
  type FontFamily = {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  };
  export type Content = string | Record<string, unknown> | Content[];
  export type DocumentDefinition = { content: Content[] } & Record<
    string,
    unknown
  >;
  interface PdfMake {
    setFonts(fonts: Record<string, FontFamily>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(doc: DocumentDefinition): { getBuffer(): Promise<Uint8Array> };
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
