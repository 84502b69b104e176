#!/usr/bin/env python3
"""Regenerates the vCard fixtures in this folder, byte for byte.

    python3 make_fixtures.py          # writes the fixtures, README.md and expected.json
    python3 make_fixtures.py --check  # regenerates in memory and fails if a file differs

Standard library only, deterministic, no network. Every person, address,
e-mail address (all under example.org) and phone number is invented.

Each writer below imitates the bytes one real client produces: Outlook's
vCard 2.1 (per-property CHARSET, quoted-printable with soft line breaks),
Android's 2.1 export (every byte of a non-ASCII value QP-escaped), Apple
Contacts 3.0 (itemN groups, X-ABLabel, base64 PHOTO folded at 75 octets),
Google Contacts 3.0, Thunderbird 4.0 (ical.js folding), plus broken and
foreign files. Before anything is written, self_check() parses every file with an
independent little decoder and compares the result with the expected table
that also goes into README.md and expected.json.
"""

import base64
import json
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

CRLF = b"\r\n"
LF = b"\n"
BOM = b"\xef\xbb\xbf"


# --------------------------------------------------------------------------
# The people. One dict per card; the writers pick the fields their client
# knows. "expect" keys are what the importer should produce.


def card(**kw):
    base = dict(
        family="", given="", middle="", prefix="", suffix="", fn="",
        emails=[], phones=[], org="", unit="", title="", rank="", note="",
        adr=None, uid="", imported=True, remark="",
    )
    base.update(kw)
    return base


# Outlook 2.1, windows-1251
O1 = card(
    family="Ёлкин", given="Андрей", middle="Викторович",
    fn="Андрей Викторович Ёлкин",
    org="Генеральное консульство Российской Федерации в Алматы",
    unit="Консульский отдел", title="Консул", rank="consul",
    phones=[("+7 (727) 274-01-91", "WORK;VOICE"), ("+7 (701) 555-01-11", "CELL;VOICE")],
    emails=[("a.yolkin@example.org", "PREF;INTERNET"), ("consul.almaty@example.org", "INTERNET")],
    adr=("ул. Жандосова, 4", "Алматы", "050057", "Казахстан"),
    label="ул. Жандосова, 4\r\nАлматы 050057\r\nКазахстан",
    note=("Встреча 2 марта — визовая поддержка делегации Уполномоченного по правам "
          "человека.\r\nПредпочитает общение на русском, помощник — Сергей (доб. 214), "
          "кабинет №5, «зелёный» корпус."),
    rev="20260301T101500Z",
    remark="N has no trailing empty components (Outlook trims them); ADR street holds a raw comma "
           "(2.1 does not escape commas); NOTE uses cp1251-only bytes (— 0x97, № 0xB9, « » 0xAB/0xBB) "
           "and has a QP continuation line that starts with a space; LABEL and "
           "X-MS-OL-DEFAULT-POSTAL-ADDRESS are present and should be ignored.",
)
O2 = card(
    family="Ковалёва", given="Ольга", middle="Николаевна",
    fn="Ольга Николаевна Ковалёва",
    org="Посольство Республики Беларусь в Республике Казахстан", title="Советник",
    rank="counsellor",
    phones=[("+7 (7172) 55-12-40", "WORK;VOICE"), ("+7 (701) 555-01-12", "CELL;VOICE")],
    emails=[("o.kovaleva@example.org", "PREF;INTERNET")],
    adr=("ул. Куйши Дина, 17", "Астана", "010000", "Казахстан"),
    rev="20260301T101612Z",
)
O3 = card(
    family="Ткаченко", given="Олеся", middle="Ігорівна",
    fn="Олеся Ігорівна Ткаченко",
    org="Посольство України в Республіці Казахстан", title="Первый секретарь",
    rank="first_secretary",
    phones=[("+7 (7172) 79-26-00", "WORK;VOICE"), ("+7 (707) 555-01-13", "CELL;VOICE")],
    emails=[("o.tkachenko@example.org", "PREF;INTERNET")],
    adr=("ул. Сарайшык, 5/1, офис 12", "Астана", "010000", "Казахстан"),
    note=("Приглашения дублировать на казахском: «Құрметті Олеся Ігорівна!»\r\n"
          "Супруг — Андрій Ткаченко, приглашать на приёмы вместе."),
    note_charset="utf-8",
    rev="20260301T101733Z",
    remark="Ukrainian letters і ї are cp1251 bytes 0xB3/0xBF; the NOTE contains Kazakh letters that "
           "windows-1251 lacks, so (as Outlook does) that one property is written with CHARSET=utf-8 "
           "(lower case) inside a windows-1251 card: the charset is per property, not per file.",
)

# Outlook 2.1, KOI8-R
O4 = card(
    family="Сергеев", given="Дмитрий", middle="Павлович",
    fn="Дмитрий Павлович Сергеев",
    org="Посольство Российской Федерации в Республике Казахстан",
    title="Чрезвычайный и Полномочный Посол", rank="ambassador",
    phones=[("+7 (7172) 55-46-01", "WORK;VOICE")],
    emails=[("d.sergeev@example.org", "PREF;INTERNET")],
    adr=("ул. Бейбитшилик, 4", "Астана", "010000", "Казахстан"),
    note=("Верительные грамоты вручены 14.02.2026.\r\nНа приёмы приглашать вместе с "
          "супругой, Еленой Сергеевой. Протокольная служба посольства: доб. 101."),
    rev="20260302T083000Z",
    remark="Only a work phone. ё in KOI8-R is 0xA3.",
)
O5 = card(
    family="Жумабеков", given="Азамат", middle="Токтогулович",
    fn="Азамат Токтогулович Жумабеков",
    org="Посольство Кыргызской Республики в Республике Казахстан", title="Атташе",
    rank="attache",
    phones=[("+7 (7172) 24-20-15", "WORK;VOICE"), ("+7 (747) 555-01-15", "CELL;VOICE")],
    emails=[("a.zhumabekov@example.org", "PREF;INTERNET")],
    adr=("ул. Кенесары, 22", "Астана", "010000", "Казахстан"),
    rev="20260302T083104Z",
)

# Outlook 2.1, UTF-8 (file starts with a BOM)
O6 = card(
    family="Әбдіғалиева", given="Гүлнұр", middle="Қайратқызы",
    fn="Гүлнұр Қайратқызы Әбдіғалиева",
    org="OSCE Programme Office in Astana", title="Senior Programme Assistant", rank="",
    phones=[("+7 (7172) 58-00-70", "WORK;VOICE"), ("+7 (701) 555-01-16", "CELL;VOICE")],
    emails=[("g.abdigaliyeva@example.org", "PREF;INTERNET")],
    adr=("ул. Бейбитшилик, 10", "Астана", "010000", "Казахстан"),
    note=("Контакт по программе «Права человека» — семинар для аппарата Уполномоченного.\r\n"
          "Говорит по-казахски, по-русски и по-английски."),
    rev="20260303T120000Z",
    remark="Kazakh letters ә і ғ ү ұ қ in N and FN. Shares the office landline with O'Brien "
           "(android21.vcf), written differently: two people, not one.",
)
O7 = card(
    family="Schäfer", given="Katrin",
    fn="Katrin Schäfer",
    org="Botschaft der Bundesrepublik Deutschland", title="Erste Sekretärin",
    rank="first_secretary",
    phones=[("+7 (7172) 79-12-10", "WORK;VOICE"), ("+7 (777) 555-01-17", "CELL;VOICE")],
    emails=[("k.schaefer@example.org", "PREF;INTERNET")],
    adr=("Kabanbay Batyr Str. 20", "Astana", "010000", "Kasachstan"),
    rev="20260303T120215Z",
    remark="N is just family;given.",
)

# Android 2.1
A1 = card(
    family="Нұрланов", given="Ерлан", middle="Жеңісұлы",
    fn="Ерлан Нұрланов",
    org="Қазақстан Республикасы Сыртқы істер министрлігі", title="Бірінші хатшы",
    rank="first_secretary",
    phones=[("+77015550101", "CELL"), ("+7 7172 72 05 18", "WORK")],
    emails=[("e.nurlanov@example.org", "WORK"), ("erlan.nurlanov@example.org", "HOME")],
    remark="Kazakh ұ і ң қ; ORG and TITLE are in Kazakh (Бірінші хатшы = First Secretary). "
           "Soft breaks fall inside UTF-8 sequences (=D0= / =BD): decode QP before UTF-8.",
)
A2 = card(
    family="Ли", given="Виктория", middle="Сергеевна",
    fn="Виктория Ли",
    org="Посольство Республики Корея в Республике Казахстан", title="Атташе", rank="attache",
    phones=[("+7 705 555 0102", "CELL"), ("+7 7172 31 44 02", "HOME")],
    emails=[("v.li@example.org", "HOME")],
    remark="Two-letter family name.",
)
A3 = card(
    family="O'Brien", given="Siobhan",
    fn="Siobhan O'Brien",
    org="OSCE Programme Office in Astana", title="Head of Office", rank="head_of_office",
    phones=[("+77015550120", "CELL"), ("+7 7172 58 00 70", "WORK")],
    emails=[("s.obrien@example.org", "WORK")],
    remark="Latin only, so nothing is QP-encoded. Same office landline as Әбдіғалиева "
           "(outlook21_utf8_qp.vcf), written differently: two people, not one.",
)

# iPhone 3.0
I1 = card(
    family="Dubois", given="Jean-Pierre",
    fn="Jean-Pierre Dubois",
    org="Ambassade de France au Kazakhstan", unit="Service politique",
    title="Premier secrétaire", rank="first_secretary",
    emails=[("jp.dubois@example.org", "type=INTERNET;type=WORK;type=pref", None),
            ("jeanpierre.dubois@example.org", "type=INTERNET", "_$!<Other>!$_")],
    phones=[("+7 701 555 0102", "type=CELL;type=VOICE;type=pref", None),
            ("+7 7172 55 12 34", "", "Reception")],
    adr=("Kabanbay Batyr Ave 21", "Astana", "010000", "Kazakhstan"),
    note="Met at the national day reception, 14 July.\nFrench or English.",
    photo=True,
    remark="PHOTO: a 64x64 baseline JPEG, base64, folded at 75 octets. itemN groups carry "
           "X-ABLabel / X-ABADR; numbered in the order they appear.",
)
I2 = card(
    family="Ахметова", given="Айгерим",
    fn="Айгерим Ахметова",
    org="Embassy of the Federal Republic of Germany", unit="Protocol",
    title="Protocol Assistant", rank="",
    emails=[("a.akhmetova@example.org", "type=INTERNET;type=WORK;type=pref", None)],
    phones=[("+7 701 555 0122", "type=CELL;type=VOICE;type=pref", None),
            ("+7 7172 79 12 22", "", "Protocol desk")],
    note="Local staff, protocol desk.\nCall before 18:00.",
    remark="Same full name as card 3 of duplicates.vcf, which is another woman in another mission.",
)
I3 = card(
    family="Brennan", given="Thomas", prefix="H.E.",
    fn="H.E. Thomas Brennan",
    org="British Embassy Astana", unit="",
    title="Ambassador Extraordinary and Plenipotentiary", rank="ambassador",
    emails=[("t.brennan@example.org", "type=INTERNET;type=WORK;type=pref", None)],
    phones=[("+7 7172 55 62 00", "type=WORK;type=VOICE;type=pref", None)],
    adr=("Kosmonavtov St 62", "Astana", "010000", "Kazakhstan"),
    remark="FN includes the prefix; ORG ends with an empty unit (ORG:British Embassy Astana;).",
)

# Google 3.0
G1 = card(
    family="Müller", given="Hans", middle="Peter", prefix="Dr.", suffix="PhD",
    fn="Dr. Hans Peter Müller PhD",
    org="Embassy of the Federal Republic of Germany", title="Counsellor", rank="counsellor",
    emails=[("h.mueller@example.org", "TYPE=INTERNET;TYPE=WORK")],
    phones=[("+7 701 555 0144", "TYPE=CELL"), ("+7 7172 79 12 00", "TYPE=WORK")],
    adr=("Office 5, Floor 3, Kabanbay Batyr Ave 26", "Astana", "010000", "Kazakhstan"),
    note="Agrément 2025-09-02, credentials presented 2025-10-15.\nSpouse: Anna Müller.",
    remark="FN includes prefix and suffix; the ADR street has escaped commas (Office 5\\, Floor 3\\, ...). "
           "Same e-mail as card 1 of duplicates.vcf.",
)
G2 = card(
    family="Исмаилов", given="Рустам", middle="Алиевич",
    fn="Рустам Исмаилов",
    org="Посольство Республики Узбекистан в Республике Казахстан", title="Второй секретарь",
    rank="second_secretary",
    emails=[("r.ismailov@example.org", "TYPE=INTERNET;TYPE=WORK"),
            ("rustam.ismailov@example.org", "TYPE=INTERNET;TYPE=HOME")],
    phones=[("+7 701 555 0124", "TYPE=CELL"), ("+7 7172 79 18 80", "TYPE=WORK")],
    remark="The ORG line is 109 octets and not folded (Google does not fold).",
)
G3 = card(
    family="Yılmaz", given="Ayşe",
    fn="Ayşe Yılmaz",
    org="Embassy of the Republic of Türkiye", title="Attaché", rank="attache",
    emails=[("a.yilmaz@example.org", "TYPE=INTERNET;TYPE=WORK")],
    phones=[("+7 777 555 0125", "TYPE=CELL")],
    adr=("Tole Bi St 29", "Astana", "010000", "Kazakhstan"),
    note="Speaks Kazakh and Russian; prefers calls after 15:00.",
    remark="Turkish dotless ı and ş (not in Latin-1); NOTE has an escaped semicolon.",
)

# Thunderbird 4.0
T1 = card(
    family="Wiśniewska", given="Małgorzata", middle="Anna",
    fn="Małgorzata Anna Wiśniewska",
    uid="7f3c2a9e-4b1d-4e8a-9c55-2d6f0b1e8a47",
    org="Delegation of the European Union to Kazakhstan", title="Second Secretary",
    rank="second_secretary",
    emails=[("m.wisniewska@example.org", "PREF=1"), ("malgorzata.w@example.org", "")],
    phones=[("+7 7172 97 10 55", "TYPE=work;VALUE=TEXT"),
            ("tel:+7-701-555-0103", "TYPE=cell;VALUE=URI")],
    note="Coordinates the EU human-rights dialogue with the Ombudsman's office.",
    lang="pl",
    remark="The cell phone is a tel: URI (VALUE=URI); expected without the tel: scheme. "
           "Same UID as card 2 of duplicates.vcf. Polish ł does not decompose under NFD.",
)
T2 = card(
    family="Белов", given="Григорий", middle="Алексеевич",
    fn="Григорий Алексеевич Белов",
    uid="c0b8e6d2-91a4-4f57-8e3b-5a7d2c1f9e60",
    org="Посольство Российской Федерации в Республике Казахстан", title="Советник-посланник",
    rank="minister_counsellor",
    emails=[("g.belov@example.org", "PREF=1")],
    phones=[("+7 7172 55 46 10", "TYPE=work;VALUE=TEXT")],
    note=("Курирует гуманитарное сотрудничество и вопросы соотечественников.\n"
          "Просит присылать приглашения за две недели, копию — в протокольную службу."),
    lang="ru",
    remark="ORG and NOTE are folded the ical.js way: at most 75 octets per chunk, never inside a "
           "UTF-8 sequence, continuation lines are a space plus up to 75 octets (76 in all).",
)

# mixed_lf_bom 3.0
M1 = card(
    family="Иванов", given="Алексей", middle="Сергеевич",
    fn="Алексей Сергеевич Иванов",
    org="Посольство Российской Федерации в Республике Казахстан", unit="Консульский отдел",
    title="Третий секретарь", rank="third_secretary",
    emails=[("a.ivanov@example.org", "TYPE=INTERNET,WORK")],
    phones=[("+7 7172 55 46 12", "TYPE=WORK,VOICE"), ("+7 701 555 0127", "TYPE=CELL")],
    remark="TYPE values as a comma list; the ORG line is folded with LF + space.",
)
M2 = card(
    family="Lefèvre", given="Claire", prefix="Mme",
    fn="Claire Lefèvre",
    org="Ambassade de France au Kazakhstan", title="Attachée de coopération", rank="attache",
    emails=[("c.lefevre@example.org", "TYPE=INTERNET")],
    phones=[("+7 701 555 0128", "TYPE=CELL")],
    remark="FN has no prefix.",
)

# truncated 3.0
TR1 = card(
    family="García López", given="María",
    fn="María García López",
    org="Embajada de España en Kazajistán", title="Consejera", rank="counsellor",
    emails=[("m.garcia@example.org", "TYPE=INTERNET;TYPE=WORK")],
    phones=[("+7 7172 68 30 40", "TYPE=WORK")],
    remark="Family name of two words (Spanish double surname).",
)
TR2 = card(
    family="Kim", given="Sergey", fn="Sergey Kim",
    org="Embassy of the Republic of Korea", title="Second Secretary", rank="second_secretary",
    emails=[("s.kim@example.org", "TYPE=INTERNET;TYPE=WORK")],
    phones=[("+7 701 555 0131", "TYPE=CELL")],
    imported=False,
    remark="Cut off: no END:VCARD, the file ends in the middle of the EMAIL line (s.kim@examp) "
           "with no line break. Must not be imported silently; card 1 must still be imported.",
)

# duplicates 3.0
D1 = card(
    family="Mueller", given="Hans-Peter",
    fn="Hans-Peter Mueller",
    org="Embassy of the Federal Republic of Germany", title="Counsellor", rank="counsellor",
    emails=[("h.mueller@example.org", "TYPE=INTERNET;TYPE=WORK")],
    remark="Same e-mail as Müller in google30.vcf (card 1), name spelled differently "
           "(Mueller / Hans-Peter vs Müller / Hans, Peter): the same person. Nothing else is shared.",
)
D2 = card(
    family="Wisniewska", given="Malgorzata",
    fn="Malgorzata Wisniewska",
    uid=T1["uid"],
    org="Delegation of the European Union to Kazakhstan", title="First Secretary",
    rank="first_secretary",
    emails=[("malgorzata.wisniewska@example.org", "TYPE=INTERNET;TYPE=WORK")],
    phones=[("+7 7172 97 10 56", "TYPE=WORK")],
    remark="Same UID as Wiśniewska in thunderbird40.vcf (card 1) and nothing else in common: "
           "name without diacritics, new e-mail, new phone, promoted to First Secretary. "
           "An update of that person.",
)
D3 = card(
    family="Ахметова", given="Айгерим",
    fn="Айгерим Ахметова",
    org="Embassy of the Kingdom of the Netherlands", title="Office Manager", rank="",
    emails=[("aigerim.akhmetova@example.org", "TYPE=INTERNET;TYPE=WORK")],
    phones=[("+7 701 555 0129", "TYPE=CELL")],
    remark="Same N and FN as Ахметова in iphone30.vcf (card 2) but another mission, e-mail and "
           "phone: a different woman. Must NOT be merged.",
)

# no_name 3.0
NN1 = card(
    emails=[("protocol.desk@example.org", "TYPE=INTERNET")],
    phones=[("+7 7172 55 00 01", "TYPE=WORK")],
    imported=False,
    remark="No N and no FN: only EMAIL and TEL. Fails Person.Validate (no family or given name): "
           "expect a reported problem or a skipped card, never a silent nameless person.",
)
NN2 = card(
    family="Hoffmann", given="Lena", fn="Lena Hoffmann",
    org="Botschaft der Bundesrepublik Deutschland", title="Attaché", rank="attache",
    emails=[("l.hoffmann@example.org", "TYPE=INTERNET;TYPE=WORK")],
    phones=[("+7 701 555 0130", "TYPE=CELL")],
    remark="An ordinary card after the nameless one.",
)


# --------------------------------------------------------------------------
# Encoding helpers


def qp_tokens(data, encode_all=False):
    """Quoted-printable tokens, one per byte. Outlook leaves printable ASCII
    (and spaces) alone; Android escapes every byte."""
    toks = []
    for b in data:
        if not encode_all and (0x21 <= b <= 0x7E and b != 0x3D or b == 0x20):
            toks.append(chr(b))
        else:
            toks.append("=%02X" % b)
    if toks and toks[-1] == " ":
        toks[-1] = "=20"  # trailing space of the value must not be bare
    return toks


def qp_lines(prefix, toks, width=76):
    """Wraps prefix + tokens into physical lines of at most width chars,
    every line but the last ending in the soft break '='. An escape is
    never split."""
    lines, cur = [], prefix
    for t in toks:
        if len(cur) + len(t) > width - 1:
            lines.append(cur + "=")
            cur = ""
        cur += t
    lines.append(cur)
    for ln in lines:
        assert len(ln) <= width, ln
    return lines


def qp_prop(name, charset, value, encoding_name, encode_all=False, structured=False):
    """A 2.1 property written in QP. Android encodes each component of a
    structured value separately and keeps the ';' between them literal."""
    prefix = "%s;CHARSET=%s;ENCODING=QUOTED-PRINTABLE:" % (name, charset)
    if structured and encode_all:
        toks = []
        for i, comp in enumerate(value.split(";")):
            if i:
                toks.append(";")
            toks.extend(qp_tokens(comp.encode(encoding_name), encode_all=True))
    else:
        toks = qp_tokens(value.encode(encoding_name), encode_all=encode_all)
    return [ln.encode("ascii") for ln in qp_lines(prefix, toks)]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def esc3(s):
    """vCard 3.0/4.0 TEXT escaping of one component."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_octets(line, limit):
    """Folds a str into physical lines of at most `limit` octets (the
    leading space of a continuation line included), never splitting a
    UTF-8 sequence."""
    out, cur, curlen = [], "", 0
    lim = limit
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > lim:
            out.append(cur)
            cur, curlen, lim = " ", 1, limit
        cur += ch
        curlen += n
    out.append(cur)
    return out


def fold_icaljs(line, fold_length=75):
    """ical.js (Thunderbird 102+): chunks of at most 75 octets cut on
    code point boundaries; each continuation is a space plus a chunk."""
    chunks, cur, curlen = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > fold_length:
            chunks.append(cur)
            cur, curlen = "", 0
        cur += ch
        curlen += n
    chunks.append(cur)
    return [chunks[0]] + [" " + c for c in chunks[1:]]


def fold_apple(line):
    """Apple folds at 75 octets, first line included: 75 on the first
    line, then a space and 74. Only used for ASCII (base64) here."""
    assert is_ascii(line)
    out = [line[:75]]
    rest = line[75:]
    while rest:
        out.append(" " + rest[:74])
        rest = rest[74:]
    return out


def join(lines, nl, final_newline=True):
    bs = [ln if isinstance(ln, bytes) else ln.encode("utf-8") for ln in lines]
    data = nl.join(bs)
    if final_newline:
        data += nl
    return data


# --------------------------------------------------------------------------
# Images, stdlib only


# Standard Huffman tables, ITU T.81 Annex K.3 (as in any baseline JPEG).
DC_LUM_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_CHR_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_LUM_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D]
AC_LUM_VALS = bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f0"
    "2433627282090a161718191a25262728292a3435363738393a434445464748494a"
    "535455565758595a636465666768696a737475767778797a838485868788898a"
    "92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7"
    "c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa")
AC_CHR_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77]
AC_CHR_VALS = bytes.fromhex(
    "000102031104052131061241510761711322328108144291a1b1c109233352f0"
    "156272d10a162434e125f11718191a262728292a35363738393a434445464748"
    "494a535455565758595a636465666768696a737475767778797a828384858687"
    "88898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3"
    "c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8"
    "f9fa")
# Annex K.1 quantisation tables in zig-zag order.
Q_LUM = [16, 11, 12, 14, 12, 10, 16, 14, 13, 14, 18, 17, 16, 19, 24, 40,
         26, 24, 22, 22, 24, 49, 35, 37, 29, 40, 58, 51, 61, 60, 57, 51,
         56, 55, 64, 72, 92, 78, 64, 68, 87, 69, 55, 56, 80, 109, 81, 87,
         95, 98, 103, 104, 103, 62, 77, 113, 121, 112, 100, 120, 92, 101, 103, 99]
Q_CHR = [17, 18, 18, 24, 21, 24, 47, 26, 26, 47] + [99] * 54


def huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


def make_jpeg():
    """A 64x64 baseline JFIF JPEG, 4:4:4, each 8x8 block one flat colour:
    a sky-blue field with a yellow square in the middle. Flat blocks need
    only DC coefficients, so no DCT is required."""
    assert len(AC_LUM_VALS) == 162 and len(AC_CHR_VALS) == 162
    blue, yellow = (0, 175, 202), (254, 197, 0)

    def colour(bx, by):
        return yellow if 2 <= bx <= 5 and 2 <= by <= 5 and (bx, by) not in (
            (2, 2), (5, 2), (2, 5), (5, 5)) else blue

    def ycc(rgb):
        r, g, b = rgb
        y = 0.299 * r + 0.587 * g + 0.114 * b
        cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
        cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
        return y, cb, cr

    dc_tabs = [huff_codes(DC_LUM_BITS, DC_VALS), huff_codes(DC_CHR_BITS, DC_VALS),
               huff_codes(DC_CHR_BITS, DC_VALS)]
    ac_tabs = [huff_codes(AC_LUM_BITS, AC_LUM_VALS), huff_codes(AC_CHR_BITS, AC_CHR_VALS),
               huff_codes(AC_CHR_BITS, AC_CHR_VALS)]
    qdc = [Q_LUM[0], Q_CHR[0], Q_CHR[0]]

    out = bytearray()
    acc, nacc = 0, 0

    def put(code, length):
        nonlocal acc, nacc
        acc = (acc << length) | code
        nacc += length
        while nacc >= 8:
            byte = (acc >> (nacc - 8)) & 0xFF
            out.append(byte)
            if byte == 0xFF:
                out.append(0)
            nacc -= 8
        acc &= (1 << nacc) - 1

    pred = [0, 0, 0]
    for by in range(8):
        for bx in range(8):
            comps = ycc(colour(bx, by))
            for c in range(3):
                # DC of a flat block: 8 * (value - 128), then quantised.
                dc = int(round(8 * (comps[c] - 128) / qdc[c]))
                diff = dc - pred[c]
                pred[c] = dc
                size = abs(diff).bit_length()
                put(*dc_tabs[c][size])
                if size:
                    put(diff if diff > 0 else diff + (1 << size) - 1, size)
                put(*ac_tabs[c][0x00])  # EOB: all AC coefficients zero
    if nacc:
        put((1 << (8 - nacc)) - 1, 8 - nacc)  # pad with one bits

    def seg(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    jpg = b"\xff\xd8"
    jpg += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    jpg += seg(0xDB, b"\x00" + bytes(Q_LUM) + b"\x01" + bytes(Q_CHR))
    jpg += seg(0xC0, struct.pack(">BHHB", 8, 64, 64, 3) + bytes([1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]))
    jpg += seg(0xC4, b"\x00" + bytes(DC_LUM_BITS) + bytes(DC_VALS)
               + b"\x10" + bytes(AC_LUM_BITS) + AC_LUM_VALS
               + b"\x01" + bytes(DC_CHR_BITS) + bytes(DC_VALS)
               + b"\x11" + bytes(AC_CHR_BITS) + AC_CHR_VALS)
    jpg += seg(0xDA, bytes([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))
    jpg += bytes(out) + b"\xff\xd9"
    return jpg


def make_png(w=48, h=32):
    """An 8-bit RGB PNG: a business-card-shaped white rectangle with a blue
    band at the top and grey "text" lines."""
    rows = []
    for y in range(h):
        row = bytearray([0])  # filter: none
        for x in range(w):
            if y < 8:
                px = (0, 92, 170)
            elif y in (13, 14, 19, 20, 25) and 4 <= x < (40 if y < 19 else 28):
                px = (96, 96, 96)
            else:
                px = (250, 250, 246)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


# --------------------------------------------------------------------------
# Writers, one per client


def outlook_card(c, charset, enc):
    """Outlook 2010-365 "Save as vCard" (2.1). Non-ASCII properties get
    CHARSET + QUOTED-PRINTABLE; ASCII ones are written plain."""
    L = ["BEGIN:VCARD", "VERSION:2.1"]

    def text(name, value, cs=charset, e=enc):
        if is_ascii(value) and "\r\n" not in value:
            L.append("%s:%s" % (name, value))
        else:
            L.extend(qp_prop(name, cs, value, e))

    # Outlook trims empty trailing N components.
    n = ";".join([c["family"], c["given"], c["middle"], c["prefix"], c["suffix"]]).rstrip(";")
    text("N", n)
    text("FN", c["fn"])
    text("ORG", c["org"] + (";" + c["unit"] if c["unit"] else ""))
    text("TITLE", c["title"])
    for num, kind in c["phones"]:
        L.append("TEL;%s:%s" % (kind, num))
    street, city, pc, country = c["adr"]
    text("ADR;WORK", ";;%s;%s;;%s;%s" % (street, city, pc, country))
    if c.get("label"):
        text("LABEL;WORK", c["label"])
        L.append("X-MS-OL-DEFAULT-POSTAL-ADDRESS:2")
    for addr, kind in c["emails"]:
        L.append("EMAIL;%s:%s" % (kind, addr))
    if c["note"]:
        cs = c.get("note_charset", charset)
        text("NOTE", c["note"], cs, "utf-8" if cs.lower() == "utf-8" else enc)
    L.append("REV:" + c["rev"])
    L.append("END:VCARD")
    return L


def android_card(c):
    """Android Contacts export, vCard 2.1: a non-ASCII value gets
    CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE with every byte escaped."""
    L = ["BEGIN:VCARD", "VERSION:2.1"]

    def text(name, value, structured=False):
        if is_ascii(value):
            L.append("%s:%s" % (name, value))
        else:
            L.extend(qp_prop(name, "UTF-8", value, "utf-8", encode_all=True, structured=structured))

    text("N", ";".join([c["family"], c["given"], c["middle"], c["prefix"], c["suffix"]]), True)
    text("FN", c["fn"])
    for num, kind in c["phones"]:
        L.append("TEL;%s:%s" % (kind, num))
    for addr, kind in c["emails"]:
        L.append("EMAIL;%s:%s" % (kind, addr))
    text("ORG", c["org"])
    text("TITLE", c["title"])
    L.append("END:VCARD")
    return L


def apple_card(c, photo=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.4//EN",
         "N:" + ";".join(esc3(x) for x in (c["family"], c["given"], c["middle"], c["prefix"], c["suffix"])),
         "FN:" + esc3(c["fn"]),
         "ORG:%s;%s" % (esc3(c["org"]), esc3(c["unit"])),
         "TITLE:" + esc3(c["title"])]
    item = 0
    for addr, params, label in c["emails"]:
        if label:
            item += 1
            L.append("item%d.EMAIL;%s:%s" % (item, params, addr))
            L.append("item%d.X-ABLabel:%s" % (item, label))
        else:
            L.append("EMAIL;%s:%s" % (params, addr))
    for num, params, label in c["phones"]:
        if label:
            item += 1
            L.append("item%d.TEL%s:%s" % (item, ";" + params if params else "", num))
            L.append("item%d.X-ABLabel:%s" % (item, label))
        else:
            L.append("TEL;%s:%s" % (params, num))
    if c["adr"]:
        item += 1
        street, city, pc, country = c["adr"]
        L.append("item%d.ADR;type=WORK;type=pref:;;%s;%s;;%s;%s" % (
            item, esc3(street), esc3(city), esc3(pc), esc3(country)))
        L.append("item%d.X-ABADR:kz" % item)
    if c["note"]:
        L.append("NOTE:" + esc3(c["note"]))
    if photo:
        L.append("PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(photo).decode())
    L.append("END:VCARD")
    out = []
    for ln in L:
        out.extend(fold_apple(ln) if len(ln.encode("utf-8")) > 75 else [ln])
    return out


def google_card(c, categories="myContacts,Diplomats"):
    L = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + esc3(c["fn"]),
         "N:" + ";".join(esc3(x) for x in (c["family"], c["given"], c["middle"], c["prefix"], c["suffix"]))]
    for addr, params in c["emails"]:
        L.append("EMAIL;%s:%s" % (params, addr))
    for num, params in c["phones"]:
        L.append("TEL;%s:%s" % (params, num))
    if c["adr"]:
        street, city, pc, country = c["adr"]
        L.append("ADR;TYPE=WORK:;;%s;%s;;%s;%s" % (esc3(street), esc3(city), esc3(pc), esc3(country)))
    L.append("ORG:" + esc3(c["org"]))
    L.append("TITLE:" + esc3(c["title"]))
    if c["note"]:
        L.append("NOTE:" + esc3(c["note"]))
    if categories:
        L.append("CATEGORIES:" + categories)
    L.append("END:VCARD")
    return L


def thunderbird_card(c, html=True):
    props = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Thunderbird.net/NONSGML Thunderbird//EN",
             "UID:" + c["uid"], "FN:" + esc3(c["fn"]),
             "N:" + ";".join(esc3(x) for x in (c["family"], c["given"], c["middle"], c["prefix"], c["suffix"]))]
    for addr, params in c["emails"]:
        props.append("EMAIL%s:%s" % (";" + params if params else "", addr))
    for num, params in c["phones"]:
        props.append("TEL;%s:%s" % (params, num))
    props.append("ORG:" + esc3(c["org"]))
    props.append("TITLE:" + esc3(c["title"]))
    props.append("LANG:" + c["lang"])
    if c["note"]:
        props.append("NOTE:" + esc3(c["note"]))
    if html:
        props.append("X-MOZILLA-HTML:FALSE")
    props.append("END:VCARD")
    L = []
    for p in props:
        L.extend(fold_icaljs(p))
    return L


def generic30_card(c, fold=False):
    """A plain 3.0 card (TYPE lists with commas), as scripts and smaller
    apps write them."""
    props = ["BEGIN:VCARD", "VERSION:3.0",
             "N:" + ";".join(esc3(x) for x in (c["family"], c["given"], c["middle"], c["prefix"], c["suffix"])),
             "FN:" + esc3(c["fn"]),
             "ORG:" + esc3(c["org"]) + (";" + esc3(c["unit"]) if c["unit"] else ""),
             "TITLE:" + esc3(c["title"])]
    for addr, params in c["emails"]:
        props.append("EMAIL;%s:%s" % (params, addr))
    for num, params in c["phones"]:
        props.append("TEL;%s:%s" % (params, num))
    props.append("END:VCARD")
    L = []
    for p in props:
        L.extend(fold_octets(p, 75) if fold else [p])
    return L


# --------------------------------------------------------------------------
# The files


PHOTO = make_jpeg()
PNG = make_png()

LETTER = """Уважаемая Ольга Николаевна!

Направляю список участников круглого стола 24 марта. Визитные карточки
пришлю отдельным письмом, как только их отсканируют; пока только адреса:
a.yolkin@example.org, o.kovaleva@example.org.

Dear colleagues, the business cards from the reception will follow
in a separate e-mail.

С уважением,
Протокольный отдел
Аппарат Уполномоченного по правам человека
"""

FILES = {}  # name -> dict(data=bytes, client=..., cards=[...])


def add(name, client, data, cards):
    FILES[name] = dict(data=data, client=client, cards=cards)


def build():
    FILES.clear()
    lines = []
    for c in (O1, O2, O3):
        lines += outlook_card(c, "windows-1251", "cp1251")
    add("outlook21_cp1251_qp.vcf",
        "Microsoft Outlook \"Save as vCard\", vCard 2.1, CHARSET=windows-1251 + QUOTED-PRINTABLE, "
        "soft line breaks at 76 chars, CRLF",
        join(lines, CRLF), [O1, O2, O3])

    lines = []
    for c in (O4, O5):
        lines += outlook_card(c, "KOI8-R", "koi8_r")
    add("outlook21_koi8r_qp.vcf",
        "Outlook vCard 2.1 as above with CHARSET=KOI8-R, CRLF",
        join(lines, CRLF), [O4, O5])

    lines = []
    for c in (O6, O7):
        lines += outlook_card(c, "UTF-8", "utf-8")
    add("outlook21_utf8_qp.vcf",
        "Outlook vCard 2.1 with CHARSET=UTF-8 + QUOTED-PRINTABLE; the file starts with a UTF-8 BOM, CRLF",
        BOM + join(lines, CRLF), [O6, O7])

    lines = []
    for c in (A1, A2, A3):
        lines += android_card(c)
    add("android21.vcf",
        "Android Contacts export, vCard 2.1: bare TYPE params (TEL;CELL), non-ASCII values as "
        "CHARSET=UTF-8 QP with every byte escaped, LF line endings and LF soft breaks",
        join(lines, LF), [A1, A2, A3])

    lines = apple_card(I1, PHOTO) + apple_card(I2) + apple_card(I3)
    add("iphone30.vcf",
        "iPhone / macOS Contacts, vCard 3.0: PRODID, lower-case type= params, itemN groups with "
        "X-ABLabel and X-ABADR, escaped NOTE, a base64 JPEG PHOTO folded at 75 octets, CRLF",
        join(lines, CRLF), [I1, I2, I3])

    lines = google_card(G1) + google_card(G2) + google_card(G3)
    add("google30.vcf",
        "Google Contacts export, vCard 3.0: FN before N, TYPE=INTERNET;TYPE=WORK, CATEGORIES, "
        "long lines unfolded, CRLF",
        join(lines, CRLF), [G1, G2, G3])

    lines = thunderbird_card(T1) + thunderbird_card(T2, html=False)
    add("thunderbird40.vcf",
        "Thunderbird 115+ address book export, vCard 4.0: PRODID, UID, EMAIL;PREF=1, "
        "TEL;VALUE=TEXT and VALUE=URI (tel:), LANG, ical.js folding, CRLF",
        join(lines, CRLF), [T1, T2])

    lines = generic30_card(M1, fold=True) + generic30_card(M2, fold=True)
    add("mixed_lf_bom.vcf",
        "a plain vCard 3.0 file saved by a Windows editor: UTF-8 BOM, LF line endings, "
        "a folded line (LF + space), TYPE=INTERNET,WORK comma lists",
        BOM + join(lines, LF), [M1, M2])

    cut = join(generic30_card(TR1), CRLF) + join(generic30_card(TR2), CRLF)
    cut = cut[:cut.index(b"s.kim@example.org") + len(b"s.kim@examp")]
    add("truncated.vcf",
        "a vCard 3.0 file cut short: a whole card, then a card that stops in the middle of a line "
        "(no END:VCARD, no final line break), CRLF",
        cut, [TR1, TR2])

    add("not_a_vcard.png.vcf",
        "not a vCard: the bytes of a 48x32 RGB PNG image named .vcf",
        PNG, [])

    add("not_a_vcard.txt.vcf",
        "not a vCard: a short plain-text letter (UTF-8, CRLF, no BEGIN:VCARD) named .vcf; it "
        "mentions two e-mail addresses that must not become contacts",
        LETTER.replace("\n", "\r\n").encode("utf-8"), [])

    lines = (google_card(D1, categories="myContacts") + generic30_card_uid(D2)
             + google_card(D3, categories="myContacts"))
    add("duplicates.vcf",
        "vCard 3.0 cards that collide with cards of other fixtures (same e-mail, same UID, "
        "same name but another mission), CRLF",
        join(lines, CRLF), [D1, D2, D3])

    lines = nameless_card(NN1) + generic30_card(NN2)
    add("no_name.vcf",
        "vCard 3.0: a card with only EMAIL and TEL (no N, no FN), then an ordinary card, CRLF",
        join(lines, CRLF), [NN1, NN2])


def generic30_card_uid(c):
    L = generic30_card(c)
    L.insert(2, "UID:" + c["uid"])
    return L


def nameless_card(c):
    L = ["BEGIN:VCARD", "VERSION:3.0"]
    for addr, params in c["emails"]:
        L.append("EMAIL;%s:%s" % (params, addr))
    for num, params in c["phones"]:
        L.append("TEL;%s:%s" % (params, num))
    L.append("END:VCARD")
    return L


# --------------------------------------------------------------------------
# Expected values


def phone_type(p):
    """The phone's kind as the card gives it: the Apple label when there is
    one, else cell / work / home from the TYPE parameters."""
    if len(p) > 2 and p[2]:
        return p[2]
    params = p[1].lower().replace("type=", "").replace(",", ";").split(";")
    for t in ("cell", "work", "home"):
        if t in params:
            return t
    return ""


def expected_person(c):
    phones = [p[0] for p in c["phones"]]
    phones = [p[4:] if p.startswith("tel:") else p for p in phones]
    adr = None
    if c["adr"]:
        adr = dict(zip(("street", "city", "postcode", "country"), c["adr"]))
    note = c["note"].replace("\r\n", "\n")
    return dict(
        imported=c["imported"], family=c["family"], given=c["given"], middle=c["middle"],
        prefix=c["prefix"], suffix=c["suffix"], fn=c["fn"],
        emails=[e[0] for e in c["emails"]], phones=phones,
        phone_types=[phone_type(p) for p in c["phones"]], address=adr,
        org=c["org"], org_unit=c["unit"], title=c["title"], rank=c["rank"],
        uid=c["uid"], note=note, remark=c["remark"],
    )


def expected():
    return {name: dict(client=f["client"], cards=[expected_person(c) for c in f["cards"]])
            for name, f in FILES.items()}


README_HEAD = """\
# vCard fixtures

Generated by `make_fixtures.py` (Python 3, standard library only, deterministic):
`python3 make_fixtures.py` rewrites every file below, `README.md` and
`expected.json`; `python3 make_fixtures.py --check` fails if a file on disk
differs. The script re-reads every fixture with its own small decoder
(unfolding, quoted-printable, per-property CHARSET, TEXT unescaping) and
checks it against the table below before writing. Do not edit the fixtures
by hand: many are not UTF-8 or have CRLF line endings that editors change.

All people, addresses, e-mails (`@example.org`) and phone numbers are invented.

## Files

"""

README_RULES = """
## Expected values

`expected.json` holds the same table in machine-readable form (one entry per
file, `cards` in file order). Conventions:

- Family / given / middle come from N (components 1-3); prefix and suffix
  (N components 4-5) are listed under Remarks. FN is never split.
- E-mails and phones are in file order (the preferred one is always first)
  and exactly as the file writes them after decoding; only the `tel:` scheme
  of a vCard 4.0 `VALUE=URI` phone is removed. How the importer normalises
  numbers is its choice: compare digits (`+7 (7172) 58-00-70` and
  `+7 7172 58 00 70` are the same number).
- After each phone, in brackets, is its kind as the card gives it: `cell`,
  `work` or `home` from the TYPE parameters, or Apple's custom X-ABLabel
  (`Reception`). expected.json has them in `phone_types`, and the ADR
  components in `address` (street, city, postcode, country).
- ORG is the first ORG component; "unit" is the second (department).
- "Rank" is the rank code of `internal/liaison` that TITLE names, if the
  importer maps titles to ranks; `—` where the title is no rank.
- Imported "no": the card must not silently become a person; the importer
  should report it (truncated card, card without a name) and go on with
  the rest of the file.
- Notes: QP line breaks (`=0D=0A`) and `\\n` both mean a newline; expected.json
  gives notes with `\\n`.

"""

README_QUIRKS = """
## Deliberate quirks

- **Per-property charset.** In `outlook21_cp1251_qp.vcf` card 3 the NOTE is
  `CHARSET=utf-8` while the rest of the card is `windows-1251` (Outlook does
  this when the text has characters the code page lacks). Decode each
  property with its own CHARSET, never the whole file with one.
- **QP continuation lines are not folds.** Outlook and Android continue a QP
  value after a trailing `=` on a line that starts in column 1; at least one
  such line *starts with a space* that belongs to the text (card 1's NOTE
  in `outlook21_cp1251_qp.vcf`, both ORGs in `outlook21_koi8r_qp.vcf`). Unfolding the RFC 2425 way (drop CRLF + space)
  before QP-decoding turns `=` + CRLF + ` ` into garbage and eats the space.
  Handle QP soft breaks first, for properties with ENCODING=QUOTED-PRINTABLE.
- **QP lines start with `=`.** Many continuation lines begin with `=D0...`.
- **2.1 raw commas.** vCard 2.1 does not escape commas: `ул. Жандосова, 4`
  is one ADR component.
- **Trimmed N.** Outlook writes `N:family;given;middle` or just
  `N:family;given` without the trailing empty components.
- **Android escapes every byte** of a non-ASCII value (`=20` for spaces too)
  but keeps the `;` between N components literal; LF line endings and LF
  soft breaks. (Real Android also lets the first QP line run past 76
  characters and writes `=\\r\\n` soft breaks even in LF files; these fixtures
  keep every line within 76 characters as asked.)
- **Apple groups.** `itemN.TEL` / `itemN.EMAIL` / `itemN.ADR` with
  `itemN.X-ABLabel` (custom label, or `_$!<Other>!$_`) and `itemN.X-ABADR`;
  the group prefix must not hide the property. Lower-case `type=` params,
  repeated (`type=INTERNET;type=WORK;type=pref`). `ORG:British Embassy Astana;`
  ends with an empty unit.
- **PHOTO.** A real 64x64 baseline JPEG (%(photo_len)d bytes, sky blue with a
  yellow square), base64 on one logical line folded at 75 octets (first
  line 75, then space + 74). Decoded, it must equal the JPEG bytes exactly.
- **Folding.** Google leaves long lines unfolded (up to 109 octets);
  Thunderbird folds on code points at 75 octets per chunk (continuation
  lines are 76 octets with the leading space). In Белов's NOTE one physical
  line ends with a space before the fold and the next one starts with two
  spaces (fold + text): do not trim physical lines. `mixed_lf_bom.vcf` folds
  with LF + space in the middle of a Cyrillic word.
- **Escapes.** `\\,` and `\\n` in Apple, Google and Thunderbird NOTEs; `\\;` in
  google30.vcf card 3's NOTE; `\\,` in google30.vcf card 1's ADR street.
- **vCard 4.0 tel: URI.** `TEL;TYPE=cell;VALUE=URI:tel:+7-701-555-0103`.
- **BOMs.** `outlook21_utf8_qp.vcf` and `mixed_lf_bom.vcf` start with EF BB BF.
- **Cross-file collisions** (see `duplicates.vcf`): same e-mail, different
  spelling = same person; same UID = same person (update); same name,
  different mission = different people. Also O'Brien (android21) and
  Әбдіғалиева (outlook21_utf8_qp) share an office landline and are two people.
- **Shared missions in several languages**: "Embassy of the Federal Republic
  of Germany" and "Botschaft der Bundesrepublik Deutschland" are one mission;
  so are "Embassy of the Republic of Korea" and "Посольство Республики Корея в
  Республике Казахстан".
"""


def md(s):
    return s.replace("|", "\\|") if s else ""


def readme():
    out = [README_HEAD]
    for name, f in FILES.items():
        n = len(f["cards"])
        out.append("- `%s` — %s.%s\n" % (name, f["client"],
                                           " %d card%s." % (n, "s" if n != 1 else "") if n else ""))
    out.append(README_RULES)
    for name, f in FILES.items():
        if not f["cards"]:
            continue
        out.append("### %s\n\n" % name)
        out.append("| # | Imported | Family | Given | Middle | E-mails | Phones | ORG | Unit | TITLE | Rank | Remarks |\n")
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
        for i, c in enumerate(f["cards"], 1):
            e = expected_person(c)
            rem = []
            if e["prefix"]:
                rem.append("prefix %s" % e["prefix"])
            if e["suffix"]:
                rem.append("suffix %s" % e["suffix"])
            if e["uid"]:
                rem.append("UID %s" % e["uid"])
            if e["remark"]:
                rem.append(e["remark"])
            out.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n" % (
                i, "yes" if e["imported"] else "**no**", md(e["family"]) or "—", md(e["given"]) or "—",
                md(e["middle"]), "<br>".join(e["emails"]),
                "<br>".join("%s [%s]" % (md(p), t) if t else md(p) for p, t in zip(e["phones"], e["phone_types"])),
                md(e["org"]), md(e["org_unit"]), md(e["title"]), e["rank"] or "—",
                md(" ".join(r if r.endswith(".") else r + "." for r in rem))))
        out.append("\n")
    out.append("### not_a_vcard.png.vcf, not_a_vcard.txt.vcf\n\nNo cards: the importer should "
               "say the file is not a vCard (and import nothing), not crash or report zero cards "
               "as success.\n")
    out.append(README_QUIRKS % dict(photo_len=len(PHOTO)))
    return "".join(out)


# --------------------------------------------------------------------------
# Independent re-reading of the bytes


def qp_decode(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i]
        if ch == "=":
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out += ch.encode("ascii")
            i += 1
    return bytes(out)


def split_unescaped(s, sep):
    parts, cur, i = [], "", 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            cur += s[i:i + 2]
            i += 2
            continue
        if s[i] == sep:
            parts.append(cur)
            cur = ""
        else:
            cur += s[i]
        i += 1
    parts.append(cur)
    return parts


def unescape(s):
    out, i = "", 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            nx = s[i + 1]
            out += "\n" if nx in "nN" else nx
            i += 2
        else:
            out += s[i]
            i += 1
    return out


def parse(data):
    """Returns a list of cards, each a list of (group, name, params, value)
    with value as decoded str (structure still in it), and whether the
    last card was closed."""
    if data.startswith(BOM):
        data = data[3:]
    phys = data.split(b"\n")
    phys = [p[:-1] if p.endswith(b"\r") else p for p in phys]
    if phys and phys[-1] == b"":
        phys.pop()
    # logical lines
    logical, i = [], 0
    while i < len(phys):
        line = phys[i]
        i += 1
        head = line.split(b":", 1)[0].upper()
        if b"QUOTED-PRINTABLE" in head:
            while line.endswith(b"=") and i < len(phys):
                line = line[:-1] + phys[i]
                i += 1
        else:
            while i < len(phys) and phys[i][:1] in (b" ", b"\t"):
                line += phys[i][1:]
                i += 1
        logical.append(line)
    cards, cur, closed = [], None, True
    for raw in logical:
        name_part, _, value = raw.partition(b":")
        segs = name_part.decode("ascii").split(";")
        group, _, name = segs[0].rpartition(".")
        name = name.upper()
        params = {}
        for p in segs[1:]:
            k, eq, v = p.partition("=")
            if eq:
                params.setdefault(k.upper(), []).extend(v.split(","))
            else:
                params.setdefault("TYPE", []).append(k)
        if name == "BEGIN":
            cur, closed = [], False
            continue
        if name == "END":
            cards.append(cur)
            cur, closed = None, True
            continue
        enc = [e.upper() for e in params.get("ENCODING", [])]
        if "QUOTED-PRINTABLE" in enc:
            value = qp_decode(value.decode("ascii"))
        cs = params.get("CHARSET", ["utf-8"])[0]
        text = value.decode({"windows-1251": "cp1251", "koi8-r": "koi8_r"}.get(cs.lower(), cs))
        cur.append((group, name, params, text))
    if cur is not None:
        cards.append(cur)
    return cards, closed


def reread(data):
    cards, closed = parse(data)
    version = None
    people = []
    for props in cards:
        p = dict(family="", given="", middle="", prefix="", suffix="", fn="", emails=[], phones=[],
                 phone_types=[], org="", org_unit="", title="", uid="", note="", address=None)
        labels = {g: t for g, n, _, t in props if n == "X-ABLABEL" and g}
        labels = {g: t for g, t in labels.items() if not t.startswith("_$!<")}
        for group, name, params, text in props:
            if name == "VERSION":
                version = text
            v21 = version == "2.1"
            one = (lambda t: t) if v21 else unescape
            if name == "N":
                comps = [one(x) for x in split_unescaped(text, ";")] + [""] * 5
                p.update(family=comps[0], given=comps[1], middle=comps[2], prefix=comps[3], suffix=comps[4])
            elif name == "FN":
                p["fn"] = one(text)
            elif name == "EMAIL":
                p["emails"].append(one(text))
            elif name == "TEL":
                t = one(text)
                if "URI" in [x.upper() for x in params.get("VALUE", [])]:
                    assert t.startswith("tel:")
                    t = t[4:]
                p["phones"].append(t)
                types = [x.lower() for x in params.get("TYPE", [])]
                p["phone_types"].append(labels.get(group) or next(
                    (k for k in ("cell", "work", "home") if k in types), ""))
            elif name == "ORG":
                comps = [one(x) for x in split_unescaped(text, ";")] + [""]
                p["org"], p["org_unit"] = comps[0], comps[1]
            elif name == "TITLE":
                p["title"] = one(text)
            elif name == "UID":
                p["uid"] = text
            elif name == "NOTE":
                p["note"] = one(text).replace("\r\n", "\n")
            elif name == "ADR":
                comps = [one(x) for x in split_unescaped(text, ";")]
                assert len(comps) == 7 and comps[:2] == ["", ""] and comps[4] == "", comps
                p["address"] = dict(street=comps[2], city=comps[3], postcode=comps[5], country=comps[6])
            elif name == "PHOTO":
                img = base64.b64decode(text, validate=True)
                assert img == PHOTO
        people.append(p)
    return people, closed


def self_check():
    seen_email, seen_uid = {}, {}
    for name, f in FILES.items():
        data = f["data"]
        if name.startswith("not_a_vcard"):
            assert b"BEGIN:VCARD" not in data.upper()
            continue
        people, closed = reread(data)
        exp = [expected_person(c) for c in f["cards"]]
        assert len(people) == len(exp), name
        for i, (got, want) in enumerate(zip(people, exp)):
            if name == "truncated.vcf" and i == 1:
                assert not closed and not want["imported"], name
                continue
            for k in ("family", "given", "middle", "prefix", "suffix", "fn", "emails", "phones",
                      "phone_types", "address", "org", "org_unit", "title", "uid", "note"):
                assert got[k] == want[k], (name, k, got[k], want[k])
            for e in want["emails"]:
                seen_email.setdefault(e, []).append(name)
            if want["uid"]:
                seen_uid.setdefault(want["uid"], []).append(name)
        # line endings and line lengths
        body = data[3:] if data.startswith(BOM) else data
        assert not body.startswith(BOM)
        if name in ("android21.vcf", "mixed_lf_bom.vcf"):
            assert b"\r" not in body, name
        else:
            assert body.replace(b"\r\n", b"").count(b"\n") == 0, name
            assert body.replace(b"\r\n", b"").count(b"\r") == 0, name
        if name.startswith(("outlook", "android")):
            for ln in body.splitlines():
                assert len(ln) <= 76, (name, ln)
    # intended collisions only
    assert seen_email["h.mueller@example.org"] == ["google30.vcf", "duplicates.vcf"]
    for e, where in seen_email.items():
        assert len(where) == 1 or e == "h.mueller@example.org", (e, where)
    assert seen_uid[T1["uid"]] == ["thunderbird40.vcf", "duplicates.vcf"]

    # shape checks the brief asks for
    d = FILES["outlook21_cp1251_qp.vcf"]["data"].decode("ascii")
    assert "=D0=E5" in d or "=C0" in d
    phys = d.split("\r\n")
    assert any(prev.endswith("=") and cur.startswith(" ") for prev, cur in zip(phys, phys[1:])), \
        "no QP continuation line starting with a space"
    assert any(prev.startswith("NOTE") and prev.endswith("=") for prev in phys)
    assert "CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE" in d
    assert b"=0D=0A" in FILES["outlook21_koi8r_qp.vcf"]["data"]
    assert FILES["outlook21_utf8_qp.vcf"]["data"].startswith(BOM)
    ph = FILES["iphone30.vcf"]["data"].split(b"\r\n")
    i = next(k for k, ln in enumerate(ph) if ln.startswith(b"PHOTO"))
    assert len(ph[i]) == 75
    k = i + 1
    while ph[k].startswith(b" "):
        assert len(ph[k]) <= 75
        k += 1
    assert k - i > 10
    for ln in FILES["thunderbird40.vcf"]["data"].split(b"\r\n"):
        assert len(ln) <= 76
        ln.decode("utf-8")  # no fold inside a UTF-8 sequence
    tr = FILES["truncated.vcf"]["data"]
    assert not tr.endswith(b"\n") and tr.count(b"END:VCARD") == 1
    # images
    assert PHOTO[:2] == b"\xff\xd8" and PHOTO[-2:] == b"\xff\xd9"
    assert FILES["not_a_vcard.png.vcf"]["data"][:8] == b"\x89PNG\r\n\x1a\n"
    for name in ("outlook21_utf8_qp.vcf", "android21.vcf", "iphone30.vcf", "google30.vcf",
                 "thunderbird40.vcf", "mixed_lf_bom.vcf", "duplicates.vcf", "no_name.vcf"):
        FILES[name]["data"].decode("utf-8")


def outputs():
    build()
    self_check()
    out = {name: f["data"] for name, f in FILES.items()}
    out["README.md"] = readme().encode("utf-8")
    out["expected.json"] = (json.dumps(expected(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


def main():
    out = outputs()
    if "--check" in sys.argv[1:]:
        bad = [n for n, b in out.items()
               if not os.path.exists(os.path.join(HERE, n)) or open(os.path.join(HERE, n), "rb").read() != b]
        if bad:
            sys.exit("differ from make_fixtures.py: " + ", ".join(bad))
        print("fixtures up to date")
        return
    for n, b in out.items():
        with open(os.path.join(HERE, n), "wb") as fh:
            fh.write(b)
    print("wrote %d files" % len(out))


if __name__ == "__main__":
    main()
