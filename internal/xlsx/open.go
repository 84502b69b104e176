package xlsx

import (
	"archive/zip"
	"bytes"
	"io"

	"github.com/xuri/excelize/v2"
)

// Limits on what Open reads, each reported in plain words.
const (
	// MaxFileSize is the largest workbook Open reads: 100 MB.
	MaxFileSize = 100 << 20
	// maxUnpacked is the most a workbook may unpack to: 1 GB, far above a
	// list of 100,000 rows (about 60 MB of XML).
	maxUnpacked = 1 << 30
	// maxRatio is the highest compression ratio of a large part: XML
	// compresses to a tenth or a twentieth, a zip bomb to a thousandth.
	maxRatio = 200
	// ratioFloor is the size under which the ratio is not checked.
	ratioFloor = 10 << 20
	// xmlInMemory is how much of a sheet excelize keeps in memory before
	// it spills to a temporary file.
	xmlInMemory = 32 << 20
)

// oleHeader starts the old binary Office files (.xls) and encrypted
// workbooks.
var oleHeader = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// An opened workbook: excelize's view of the package Liaison made, the
// sheets as the workbook lists them (excelize knows those it reads by
// excelName, numbered in order), and the date system.
type opened struct {
	f        *excelize.File
	sheets   []sheetRef // every sheet, in the workbook's order
	date1904 bool
}

// open checks that data is a workbook Liaison can read safely and opens
// it. Hostile files are refused before anything is decompressed: a zip
// bomb's central directory says what it would unpack to.
func open(data []byte) (*opened, error) {
	switch {
	case len(data) == 0:
		return nil, fileError(msg("the file is empty"))
	case len(data) > MaxFileSize:
		return nil, fileError(msg("the file is larger than %d MB"), MaxFileSize>>20)
	case bytes.HasPrefix(data, oleHeader):
		if isEncrypted(data) {
			return nil, fileError(msg("the workbook is protected with a password; open it in Excel, remove the password and save it as .xlsx"))
		}
		return nil, fileError(msg("this is an old Excel file (.xls) or a password-protected workbook; open it in Excel or LibreOffice and save it as .xlsx"))
	case !bytes.HasPrefix(data, []byte("PK")):
		if looksLikeText(data) {
			return nil, fileError(msg("the file is text, not an Excel workbook (a CSV file renamed .xlsx?); open it in a spreadsheet and save it as .xlsx"))
		}
		return nil, fileError(msg("the file is not an Excel workbook (.xlsx)"))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fileError(msg("the workbook is damaged or cut off; ask for the file again"))
	}
	if err := checkParts(zr, int64(len(data))); err != nil {
		return nil, err
	}
	p, err := readPackage(zr)
	if err != nil {
		return nil, err
	}
	made, err := p.rebuild()
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(made), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: maxUnpacked, UnzipXMLSizeLimit: xmlInMemory,
	})
	if err != nil {
		return nil, fileError(msg("the workbook is damaged: its sheets cannot be unpacked; open it in Excel or LibreOffice, save it again as .xlsx and import that"))
	}
	return &opened{f: f, sheets: p.sheets, date1904: p.date1904}, nil
}

// encryptedPackage is the stream an encrypted workbook keeps its package
// in, as a compound file's directory names it (UTF-16).
var encryptedPackage = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")

// isEncrypted reports whether a compound file is an encrypted workbook
// rather than an old .xls.
func isEncrypted(data []byte) bool { return bytes.Contains(data, encryptedPackage) }

// maxDeflateRatio is the most deflate can compress: a part that claims
// to unpack to more than this many times its compressed size lies, and
// excelize would allocate what it claims before reading a byte.
const maxDeflateRatio = 1032

// checkParts refuses a zip that would unpack to more than maxUnpacked, has
// a part compressed like a bomb, or claims sizes its bytes cannot hold: a
// 10 KB file whose parts claim 800 MB made excelize allocate 800 MB.
func checkParts(zr *zip.Reader, size int64) error {
	var total, packed uint64
	for _, f := range zr.File {
		packed += f.CompressedSize64
		switch {
		case packed > uint64(size),
			f.Method == zip.Store && f.UncompressedSize64 != f.CompressedSize64,
			f.UncompressedSize64 > maxDeflateRatio*f.CompressedSize64+1024:
			return fileError(msg("the workbook is damaged or cut off; ask for the file again"))
		}
		total += f.UncompressedSize64
		if total > maxUnpacked {
			return fileError(msg("the workbook would unpack to more than %d GB; it is refused as damaged or hostile"), maxUnpacked>>30)
		}
		if f.UncompressedSize64 > ratioFloor && f.CompressedSize64 > 0 && f.UncompressedSize64/f.CompressedSize64 > maxRatio {
			return fileError(msg("%s is compressed %d to 1, as no spreadsheet is; the file is refused as hostile"),
				f.Name, f.UncompressedSize64/f.CompressedSize64)
		}
	}
	return nil
}

// looksLikeText reports whether data starts like text.
func looksLikeText(data []byte) bool {
	head := data[:min(len(data), 512)]
	return bytes.IndexByte(head, 0) < 0
}

// readAll reads a file for open, up to the limit.
func readAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fileError(msg("cannot read the file: %w"), err)
	}
	return data, nil
}
