#!/usr/bin/env python3
"""Regenerate and check the spreadsheet fixtures of liaison/internal/xlsx.

    python3 make_fixtures.py           # rebuild every .xlsx, then check them
    python3 make_fixtures.py --check   # only check the .xlsx files already here

The diplomatic lists are written by hand as Flat ODS (*.fods, plain XML) and
converted by LibreOffice (soffice --headless --convert-to xlsx), so that the
.xlsx files are what another office suite writes, not excelize. The broken
files are derived from diplist_en. The check converts every list back to CSV
with LibreOffice, one file per sheet, and compares it with expected.json.

Needs soffice (LibreOffice 7.2 or later, for the per-sheet CSV export) and
Python 3 (standard library only). LibreOffice stamps the conversion time in
docProps/core.xml, so a rebuild changes the bytes of every .xlsx even when
nothing else changed.
"""
import csv
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = ["diplist_ru", "diplist_en", "diplist_kk"]


def soffice(args, workdir):
    """Runs soffice headless with a private profile, so that it neither
    needs nor disturbs a LibreOffice the user has open."""
    profile = "file://" + os.path.join(workdir, "profile")
    cmd = ["soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore"] + args
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        sys.exit("soffice failed: %s\n%s%s" % (" ".join(cmd), res.stdout, res.stderr))


def convert(src, fmt, outdir, workdir):
    soffice(["--convert-to", fmt, "--outdir", outdir, src], workdir)


# --- building ---------------------------------------------------------------

def tiny_png():
    """A valid 8x8 grey PNG, for the zip that is not a workbook."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def build(workdir):
    for name in LISTS:
        convert(os.path.join(HERE, name + ".fods"), "xlsx", HERE, workdir)
        print("built", name + ".xlsx")

    en = os.path.join(HERE, "diplist_en.xlsx")
    with open(en, "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) * 6 // 10])
    print("built truncated.xlsx (%d of %d bytes)" % (len(data) * 6 // 10, len(data)))

    # An Excel 97-2003 workbook (OLE2 compound file) with the wrong extension.
    xls_dir = os.path.join(workdir, "xls")
    convert(os.path.join(HERE, "diplist_en.fods"), 'xls:MS Excel 97', xls_dir, workdir)
    shutil.copyfile(os.path.join(xls_dir, "diplist_en.xls"), os.path.join(HERE, "old_format.xlsx"))
    print("built old_format.xlsx")

    # A CSV export (UTF-8, comma, double quotes) with the wrong extension.
    csv_dir = os.path.join(workdir, "csv")
    convert(en, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", csv_dir, workdir)
    shutil.copyfile(os.path.join(csv_dir, "diplist_en.csv"), os.path.join(HERE, "csv_renamed.xlsx"))
    print("built csv_renamed.xlsx")

    # A good zip archive that holds no workbook. Fixed timestamps keep it
    # byte-for-byte reproducible.
    with zipfile.ZipFile(os.path.join(HERE, "not_a_workbook.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        when = (2026, 11, 1, 9, 0, 0)
        z.writestr(zipfile.ZipInfo("readme.txt", when),
                   "Photos from the reception of 1 November 2026.\r\nNot a spreadsheet.\r\n")
        z.writestr(zipfile.ZipInfo("photo.png", when), tiny_png())
    print("built not_a_workbook.xlsx")

    open(os.path.join(HERE, "empty.xlsx"), "wb").close()
    print("built empty.xlsx")


# --- checking ---------------------------------------------------------------

# The header words of the three lists, exactly as written.
HEADERS = {
    "country": {"Страна", "Country", "Ел"},
    "mission": {"Наименование представительства", "Наименование организации", "Mission", "Өкілдіктің атауы"},
    "head": {"Глава представительства (ФИО)", "Руководитель", "Head of Mission", "Өкілдік басшысы"},
    "position": {"Должность", "Title", "Лауазымы"},
    "credentials": {"Дата вручения верительных грамот", "Date of Presentation of Credentials",
                    "Сенім грамоталарын тапсырған күні"},
    "national_day": {"Национальный праздник", "National Day", "Ұлттық мереке"},
    "phone": {"Телефон", "Tel."},
    "email": {"Эл. почта", "E-mail", "Электрондық пошта"},
    "address": {"Адрес", "Address", "Мекенжайы"},
}
NUMBER_HEADERS = {"№ п/п", "№", "No.", "Р/с №"}
IGNORED_HEADERS = {"Remarks"}

COUNTRIES = {
    "DE": ["Германия", "Germany"], "FR": ["Франция", "France"], "GB": ["Великобритания", "United Kingdom"],
    "RU": ["Российская Федерация"], "BY": ["Беларусь"], "PL": ["Польша"], "IT": ["Италия"],
    "HU": ["Венгрия"], "FI": ["Финляндия"], "CN": ["Китай", "Қытай"], "JP": ["Япония", "Japan"],
    "KR": ["Республика Корея", "Republic of Korea"], "IN": ["Индия", "India"], "UZ": ["Узбекистан", "Өзбекстан"],
    "KG": ["Кыргызстан"], "TR": ["Турция", "Türkiye", "Түркия"], "IR": ["Иран"],
    "US": ["США", "United States of America"], "BR": ["Бразилия"], "EG": ["Египет"],
}
COUNTRY_OF = {name: code for code, names in COUNTRIES.items() for name in names}

MONTHS = {}
for i, words in enumerate([
        ("января", "January", "қаңтар"), ("февраля", "February", "ақпан"), ("марта", "March", "наурыз"),
        ("апреля", "April", "сәуір"), ("мая", "May", "мамыр"), ("июня", "June", "маусым"),
        ("июля", "July", "шілде"), ("августа", "August", "тамыз"), ("сентября", "September", "қыркүйек"),
        ("октября", "October", "қазан"), ("ноября", "November", "қараша"), ("декабря", "December", "желтоқсан")], 1):
    for w in words:
        MONTHS[w] = i


def parse_date(s):
    """A date as the CSV shows it: 14.09.2023, 2022-05-17, 14 September 2023."""
    if not s:
        return ""
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", s)
    if m:
        return "%s-%s-%s" % (m[3], m[2], m[1])
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        return s
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", s)
    if m and m[2] in MONTHS:
        return "%s-%02d-%02d" % (m[3], MONTHS[m[2]], int(m[1]))
    raise ValueError("not a date: %r" % s)


def parse_day(s):
    """A national day as the CSV shows it: 3 октября, 4 July, 1 қыркүйек."""
    if not s:
        return ""
    m = re.fullmatch(r"(\d{1,2}) (\w+)", s)
    if m and m[2] in MONTHS:
        return "%02d-%02d" % (MONTHS[m[2]], int(m[1]))
    raise ValueError("not a day of the year: %r" % s)


def split(s, seps):
    items = [s]
    for sep in seps:
        items = [p for it in items for p in it.split(sep)]
    return [p.strip() for p in items if p.strip()]


def sheet_csvs(xlsx, workdir):
    """Converts every sheet of a workbook to CSV, values as shown; returns
    {sheet name: rows}."""
    out = os.path.join(workdir, "check", os.path.basename(xlsx))
    # Tokens: separator, quote, UTF-8, first line, formats, language, quoted
    # as text, detect special numbers, save as shown, formulas, remove
    # spaces, sheet (-1: every sheet, to <name>-<sheet>.csv).
    convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", out, workdir)
    base = os.path.splitext(os.path.basename(xlsx))[0]
    sheets = {}
    for f in os.listdir(out):
        with open(os.path.join(out, f), encoding="utf-8", newline="") as fh:
            sheets[f[len(base) + 1:-4]] = list(csv.reader(fh))
    return sheets


def check_sheet(fname, exp, rows, problems):
    def bad(msg):
        problems.append("%s / %s: %s" % (fname, exp["name"], msg))

    def cell(r, c):
        return rows[r - 1][c] if r - 1 < len(rows) and c < len(rows[r - 1]) else ""

    hr = exp["header_row"]
    header = rows[hr - 1]
    if header[0] not in NUMBER_HEADERS:
        bad("row %d is not the header: %r" % (hr, header))
    cols = {}
    for c, h in enumerate(header):
        for field, words in HEADERS.items():
            if h in words:
                cols[field] = c
        if h and h not in NUMBER_HEADERS and h not in IGNORED_HEADERS and not any(h in w for w in HEADERS.values()):
            bad("unknown header %r" % h)
    for r in range(1, hr):
        if any(h in rows[r - 1] for words in HEADERS.values() for h in words):
            bad("row %d, above the header, looks like a header" % r)

    def get(r, field):
        return cell(r, cols[field]) if field in cols else ""

    seen = set()
    for e in exp["rows"]:
        r = e["sheet_row"]
        seen.add(r)
        head = get(r, "head")
        checks = [
            ("country", e["country"], COUNTRY_OF.get(get(r, "country"), "?") if "country" in cols else ""),
            ("mission", e["mission"], get(r, "mission")),
            ("vacant", e["vacant"], head.lower() in ("вакант", "вакантно", "vacant")),
            ("head", e["head"], "" if e["vacant"] else head),
            ("position", e["position"], get(r, "position")),
            ("credentials", e["credentials"], parse_date(get(r, "credentials"))),
            ("national_day", e["national_day"], parse_day(get(r, "national_day"))),
            ("phones", e["phones"], split(get(r, "phone"), ["\n", ","])),
            ("emails", e["emails"], split(get(r, "email"), [";"])),
            ("address", e["address"], get(r, "address")),
        ]
        if e["vacant"] and (e["head"] or not head):
            bad("row %d: a vacant post has the head cell %r, expected head %r" % (r, head, e["head"]))
        if e["rank"] and e["vacant"]:
            bad("row %d: a vacant post with a rank" % r)
        if not re.fullmatch(r"\d+", cell(r, 0)):
            bad("row %d: no number in the first column: %r" % (r, cell(r, 0)))
        for what, want, got in checks:
            if want != got:
                bad("row %d, %s: expected %r, the sheet has %r" % (r, what, want, got))
    for r in exp["ignored_rows"]:
        seen.add(r)
        if any(rows[r - 1][1:]):
            bad("ignored row %d has data: %r" % (r, rows[r - 1]))
    for r in range(hr + 1, len(rows) + 1):
        if r not in seen and any(rows[r - 1]):
            bad("row %d is neither a data row nor ignored: %r" % (r, rows[r - 1]))
    if max(seen) != len(rows):
        bad("the sheet has %d rows, expected.json ends at %d" % (len(rows), max(seen)))


def check(workdir):
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    for fname, exp in expected.items():
        path = os.path.join(HERE, fname)
        with open(path, "rb") as f:
            data = f.read()
        if "sheets" in exp:
            sheets = sheet_csvs(path, workdir)
            names = [s["name"] for s in exp["sheets"]]
            if sorted(names) != sorted(sheets):
                problems.append("%s: sheets %r, expected %r" % (fname, sorted(sheets), names))
                continue
            with zipfile.ZipFile(path) as z:
                book = z.read("xl/workbook.xml").decode("utf-8")
            if re.findall(r'<sheet name="([^"]*)"', book) != names:
                problems.append("%s: sheet order %r" % (fname, re.findall(r'<sheet name="([^"]*)"', book)))
            for s in exp["sheets"]:
                check_sheet(fname, s, sheets[s["name"]], problems)
            n = sum(len(s["rows"]) for s in exp["sheets"])
            print("checked %s: %d sheet(s), %d rows" % (fname, len(names), n))
            continue
        kind = exp["error"]
        ok = {
            "empty": len(data) == 0,
            "truncated": data[:4] == b"PK\x03\x04" and not zipfile.is_zipfile(path),
            "not_a_workbook": zipfile.is_zipfile(path)
            and sorted(zipfile.ZipFile(path).namelist()) == ["photo.png", "readme.txt"],
            "old_format": data[:8] == bytes.fromhex("D0CF11E0A1B11AE1"),
            "csv": data.startswith("No.,Country,Mission,".encode()) and b"\x00" not in data,
        }.get(kind)
        if not ok:
            problems.append("%s: is not %s" % (fname, kind))
        else:
            print("checked %s: %s" % (fname, kind))
    if problems:
        sys.exit("\n".join(["FAILED:"] + problems))
    print("all fixtures match expected.json")


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice (LibreOffice) is not on PATH")
    workdir = tempfile.mkdtemp(prefix="liaison-fixtures-")
    try:
        if "--check" not in sys.argv[1:]:
            build(workdir)
        check(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
