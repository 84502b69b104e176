#!/usr/bin/env python3
"""Writes the vCards of this folder: shapes seen in files other programs
write (see README.md), with invented people. Run from this folder:
python3 make_wild.py. Files are bytes in legacy charsets: do not edit them
by hand."""

CRLF = "\r\n"


def card(*lines):
    return CRLF.join(("BEGIN:VCARD",) + lines + ("END:VCARD", "")).replace("\n", CRLF).replace("\r\r", "\r")


def qp(s, charset):
    return "".join("=%02X" % b if b >= 0x80 or b == ord("=") else chr(b) for b in s.encode(charset))


def write(name, parts):
    with open(name, "wb") as f:
        for text, charset in parts:
            f.write(text.encode(charset))


# Outlook on a German or French system: 8-bit Windows-1252, no CHARSET.
write("western_nocharset.vcf", [
    (card("VERSION:2.1", "N:Nüßlebaum;Sören;Täve", "FN:Sören Täve Nüßlebaum",
          "ORG:Botschaft der Bundesrepublik Deutschland", "TITLE:Gesandter",
          "ADR;WORK:;;Kabanbay Batyr 21;Astana;;010000;Kasachstan",
          "EMAIL;PREF;INTERNET:s.nuesslebaum@example.org"), "cp1252"),
    (card("VERSION:2.1", "N;ENCODING=QUOTED-PRINTABLE:" + qp("Dupré;Hélène", "cp1252"),
          "FN:Hélène Dupré", "ORG:Ambassade de France", "TITLE:Conseillère",
          "NOTE:Préfère le français à l’anglais."), "cp1252"),
])

# Outlook on a Russian system (Windows-1251) and an old Unix mailer
# (KOI8-R), neither naming its charset.
write("russian_cp1251_nocharset.vcf", [
    (card("VERSION:2.1", "N:Ёлкин;Андрей;Викторович", "FN:Андрей Викторович Ёлкин",
          "ORG:Посольство Республики Беларусь", "TITLE:Советник",
          "ADR;WORK:;;ул. Куйши Дина, 17;Астана;;010000;Казахстан"), "cp1251"),
])
write("russian_koi8r_nocharset.vcf", [
    (card("VERSION:2.1", "N:Сергеев;Дмитрий;Павлович", "FN:Дмитрий Павлович Сергеев",
          "ORG:Посольство Российской Федерации", "TITLE:Чрезвычайный и Полномочный Посол"), "koi8_r"),
])

# Colleagues whose programs name the charset, one card each.
write("declared_charsets.vcf", [
    (card("VERSION:2.1", "N;CHARSET=windows-1250:Wiśniewski;Łukasz", "FN;CHARSET=windows-1250:Łukasz Wiśniewski",
          "ORG;CHARSET=windows-1250:Ambasada Rzeczypospolitej Polskiej"), "cp1250"),
    (card("VERSION:2.1", "N;CHARSET=ISO-8859-9:Aydın;Şükrü", "FN;CHARSET=ISO-8859-9:Şükrü Aydın",
          "ORG;CHARSET=ISO-8859-9:Türkiye Cumhuriyeti Büyükelçiliği"), "iso8859_9"),
    (card("VERSION:2.1", "N;CHARSET=ISO-8859-7:Παπαδόπουλος;Γιώργος", "FN;CHARSET=ISO-8859-7:Γιώργος Παπαδόπουλος"), "iso8859_7"),
    (card("VERSION:2.1", "N;CHARSET=SHIFT_JIS:安藤;ロイド;;;", "FN;CHARSET=SHIFT_JIS:安藤 ロイド"), "shift_jis"),
    (card("VERSION:2.1", "N;CHARSET=Big5:陳;大文;;;", "FN;CHARSET=Big5:陳大文"), "big5"),
    (card("VERSION:2.1", "N;CHARSET=GB2312:王;小明;;;", "FN;CHARSET=GB2312:王小明"), "gb2312"),
    (card("VERSION:2.1", "N;CHARSET=ISO-8859-1:García;José", "FN;CHARSET=ISO-8859-1:José García"), "latin-1"),
])

# Greek, Turkish and Hebrew 8-bit text without a CHARSET.
write("more_nocharset.vcf", [
    (card("VERSION:2.1", "N:Οικονόμου;Ελένη", "FN:Ελένη Οικονόμου", "ORG:Πρεσβεία της Ελλάδος"), "cp1253"),
    (card("VERSION:2.1", "N:Aydın;Mehmet", "FN:Mehmet Aydın"), "cp1254"),
    (card("VERSION:2.1", "N:Kishon;Ephraim", "FN:אפרים קישון"), "cp1255"),
])

# Values Liaison's checks refuse, in cards that are otherwise fine.
write("odd_fields.vcf", [
    (card("VERSION:3.0", "N:Lastname;Firstname;;;", "FN:Firstname Lastname",
          "TEL;TYPE=FAX:+1-800-MYFAX", "TEL;TYPE=HOME:1 800 ELEPHANT", "TEL;TYPE=WORK:ask the reception for the number",
          "TEL;TYPE=PAGER,WORK:6101231234@pagersample.com", "TEL;TYPE=HOME:1",
          "EMAIL:contact1@invalid", "EMAIL:\"Omega\" <omega@example.org>"), "utf-8"),
])

# The hard cases of escaping, as 3.0 and 2.1 write them.
write("escapes.vcf", [
    (card("VERSION:3.0", "N:Doe;John\\, Jr.;Richter,James;;", "FN:John Doe",
          "ORG:Embassy of the Kingdom of Belgium\\, Astana;Consular section",
          "ADR;TYPE=WORK:;Office 5\\; 2nd floor;Rue de la Loi 200\\, bte 3;Bruxelles;;1040;Belgium",
          "TEL;TYPE=work:+1 418 656 9254;ext=102", "NOTE:C:\\\\Users\\\\doe\\nsecond line"), "utf-8"),
    (card("VERSION:2.1", "N:Smith;Ann, PhD", "FN:Ann Smith", "TEL;WORK:+44 20 7946 0018"), "utf-8"),
])
