"""Greek attack messages 32-36."""
import banking as bk
import files
import infra as I
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

EXG_GR_AFM = bk.gr_afm("80149327")


def a32():
    m = Mail("attack", 32, "el", "aade-mydata-taxisnet-phishing")
    ids = m.ids
    t = T("2026-11-11 06:12:45")
    rc = S("gr_acc")
    dom = "aade-mydata.gr.com"
    rec, mid, extra = I.ses(ids, t, rc.email, region="eu-central-1")
    link = "https://www.aade.gr.mydata-elegxos.com/myDATA/login?afm=%s" % EXG_GR_AFM
    plain = (
        "Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nΗλεκτρονικά Βιβλία – myDATA\n\n"
        "Αγαπητέ/ή φορολογούμενε,\n\n"
        "κατά τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA για το "
        "Γ' τρίμηνο 2026 εντοπίστηκαν 17 παραστατικά εσόδων της επιχείρησης EXAMPLE GROUP HELLAS "
        "ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ %s) τα οποία δεν έχουν χαρακτηριστεί ή παρουσιάζουν απόκλιση από τα "
        "στοιχεία των αντισυμβαλλομένων.\n\n"
        "Για την αποφυγή επιβολής προστίμου σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, "
        "παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τους "
        "χαρακτηρισμούς έως τις 20/11/2026.\n\n"
        "Σύνδεση στο myDATA: %s\n\n"
        "Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\n\n"
        "Το μήνυμα αυτό έχει σταλεί αυτόματα. Παρακαλούμε μην απαντάτε.\n") % (EXG_GR_AFM, link)
    html = html_doc(
        '<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:620px">'
        '<div style="background:#0d3c6e;color:#fff;padding:12px 16px"><b>ΑΑΔΕ</b> – Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>'
        '<span style="font-size:12px">Ηλεκτρονικά Βιβλία – myDATA</span></div><div style="padding:16px">'
        "<p>Αγαπητέ/ή φορολογούμενε,</p><p>κατά τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA για το "
        "Γ' τρίμηνο 2026 εντοπίστηκαν <b>17 παραστατικά εσόδων</b> της επιχείρησης EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ %s) "
        "τα οποία δεν έχουν χαρακτηριστεί ή παρουσιάζουν απόκλιση από τα στοιχεία των αντισυμβαλλομένων.</p>"
        "<p>Για την αποφυγή επιβολής προστίμου σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, παρακαλούμε να συνδεθείτε "
        "με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τους χαρακτηρισμούς έως τις <b>20/11/2026</b>.</p>"
        '<p><a href="%s" style="background:#0d3c6e;color:#fff;padding:10px 20px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>'
        "<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p>"
        '<p style="font-size:11px;color:#777">Το μήνυμα αυτό έχει σταλεί αυτόματα. Παρακαλούμε μην απαντάτε.</p></div></div>'
        % (EXG_GR_AFM, link), "el")
    body = alt(text(plain, "plain", "iso-8859-7", "quoted-printable"), html_text(html, "iso-8859-7", "quoted-printable"),
               "----=_Part_%d_%d.%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9), 1794000000000 + ids.r.randrange(10 ** 8)))
    hs = [
        ("From", addr("ΑΑΔΕ – myDATA", "enimerosi@" + dom, "iso-8859-7", "B", "ISO-8859-7")),
        ("To", rc.email),
        ("Subject", hval("myDATA: Αποκλίσεις διαβιβασθέντων παραστατικών – Απαιτείται ενέργεια έως 20/11/2026", "iso-8859-7", "B", "ISO-8859-7")),
        ("MIME-Version", "1.0"),
        ("Message-ID", mid),
        ("Date", rdate(t, "UTC", day="pad0")),
    ] + extra
    return m.finish("<0107019%s-%s-000000@eu-central-1.amazonses.com>" % (ids.hex(13), ids.uuid()), rec, hs, body,
        "Tax-authority phishing: fake AADE myDATA notice of 17 mismatched revenue documents, 'log in with TAXISnet credentials by 20/11 to avoid fines'",
        "AADE writes from aade.gr / gsis.gr; this comes from aade-mydata.gr.com (a .gr.com second-level domain) via Amazon SES, and the link host 'www.aade.gr.mydata-elegxos.com' only starts with aade.gr; TAXISnet credentials give access to the company's tax account; penalty deadline. The external accountant's genuine myDATA reconciliation mail is business 36.",
        "business/36")


def a33():
    m = Mail("attack", 33, "el", "elta-courier-telos-phishing")
    ids = m.ids
    t = T("2026-10-16 10:33:18")
    rc = S("gr_mgr")
    host = "vm2174.cloudserver-hosting.ro"
    sender = "contact@pensiuneavalea-brazilor.ro"
    rec = [
        I.mx(ids, host, host, "89.45.12.174", rc.email, plus(t, 2)),
        I.exim(ids, host, "31.57.118.9", "[10.0.0.12]", t, sender, rc.email, zone="EE"),
    ]
    link = "https://elta-courier.gr-paradosi.info/pay/?id=ET482219105GR"
    plain = (
        "ΕΛΤΑ Courier\n\n"
        "Αγαπητέ πελάτη,\n\n"
        "η αποστολή σας με αριθμό ET482219105GR δεν ήταν δυνατό να παραδοθεί, διότι εκκρεμεί η καταβολή "
        "τελών εκτελωνισμού ύψους 1,86 €.\n\n"
        "Η αποστολή θα παραμείνει στο κατάστημα ΕΛΤΑ Courier Αμαρουσίου για 3 εργάσιμες ημέρες. Μετά την "
        "παρέλευση της προθεσμίας θα επιστραφεί στον αποστολέα.\n\n"
        "Για να προγραμματίσετε εκ νέου την παράδοση, εξοφλήστε τα τέλη εδώ:\n%s\n\n"
        "ΕΛΤΑ Courier Α.Ε.\n") % link
    html = html_doc(
        '<table width="600" style="font-family:Arial,sans-serif;font-size:14px;color:#333"><tr>'
        '<td style="background:#ffd200;color:#003b7a;padding:14px;font-size:20px;font-weight:bold">ΕΛΤΑ Courier</td></tr>'
        '<tr><td style="padding:18px"><p>Αγαπητέ πελάτη,</p>'
        "<p>η αποστολή σας με αριθμό <b>ET482219105GR</b> δεν ήταν δυνατό να παραδοθεί, διότι εκκρεμεί η καταβολή τελών εκτελωνισμού ύψους <b>1,86 €</b>.</p>"
        "<p>Η αποστολή θα παραμείνει στο κατάστημα ΕΛΤΑ Courier Αμαρουσίου για 3 εργάσιμες ημέρες. Μετά την παρέλευση της προθεσμίας θα επιστραφεί στον αποστολέα.</p>"
        '<p style="text-align:center"><a href="%s" style="background:#003b7a;color:#fff;padding:11px 24px;text-decoration:none">Πληρωμή τελών</a></p>'
        '<p style="font-size:11px;color:#888">ΕΛΤΑ Courier Α.Ε.</p></td></tr></table>' % link, "el")
    body = alt(text(plain, "plain", "windows-1253", "base64"), html_text(html, "windows-1253", "base64"),
               "=_" + ids.hex(32))
    hs = [
        ("Date", rdate(t, "EE")),
        ("To", rc.email),
        ("From", addr("ΕΛΤΑ Courier", sender, "windows-1253", "B", "windows-1253")),
        ("Subject", hval("Η αποστολή σας ET482219105GR βρίσκεται σε αναμονή", "windows-1253", "B", "windows-1253")),
        ("Message-ID", ids.mid_phpmailer("pensiuneavalea-brazilor.ro")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0"),
    ] + I.cpanel_hdrs(host, sender)
    return m.finish("<%s>" % sender, rec, hs, body,
        "Courier phishing: 'ΕΛΤΑ Courier' parcel held for unpaid customs fee of € 1.86",
        "Greek postal brand sent from a compromised Romanian guest-house mailbox (cPanel authenticated_id) with a PHP mailer; payment link to gr-paradosi.info; tiny fee and 3-day deadline — card-data phishing.",
        None)


def a34():
    m = Mail("attack", 34, "el", "metaforiki-allagi-iban-lookalike")
    ids = m.ids
    t = T("2026-11-23 08:40:09")
    rc = S("gr_acc")
    dom = "metaforiki-thesalias.gr"
    new = bk.iban("GR", "026" + "0178" + "0000260201448367")
    rec = [
        I.mx(ids, "mail." + dom, None, "164.92.181.37", rc.email, plus(t, 2)),
        I.postfix(ids, "mail." + dom, "DESKTOP-7RA2P0L", None, "37.19.223.140", plus(t, 1), tls="1.2", auth=True, zone="UTC"),
    ]
    plain = (
        "Καλημέρα σας κα Κωνσταντίνου,\n\n"
        "σας ενημερώνουμε ότι, λόγω διαδικασίας ελέγχου από την τράπεζα, ο εταιρικός μας λογαριασμός στην "
        "Τράπεζα Πειραιώς έχει δεσμευτεί προσωρινά και δεν μπορεί να δεχθεί πιστώσεις.\n\n"
        "Παρακαλούμε η εξόφληση των τιμολογίων μας ΤΠΥ 1184 και ΤΠΥ 1192 (συνολικά 6.420,00 €) να γίνει "
        "στον παρακάτω λογαριασμό μέχρι να ολοκληρωθεί ο έλεγχος:\n\n"
        "Τράπεζα: Eurobank\n"
        "Δικαιούχος: ΑΘΑΝΑΣΙΟΥ ΓΕΩΡΓΙΟΣ\n"
        "IBAN: %s\n\n"
        "Ο λογαριασμός είναι προσωπικός λογαριασμός του διαχειριστή της εταιρείας. Παρακαλώ στείλτε μας το "
        "αποδεικτικό της πληρωμής σε αυτό το email, γιατί τις επόμενες μέρες θα είμαι στον δρόμο και δεν θα "
        "έχω σήμα στο κινητό.\n\n"
        "Ευχαριστώ πολύ\n\n"
        "Γιώργος Αθανασίου\nΜεταφορική Θεσσαλίας Ο.Ε.\nΒΙ.ΠΕ. Λάρισας, Ο.Τ. 14\n") % bk.fmt_iban(new)
    body = text(plain, "plain", "windows-1253", "quoted-printable")
    hs = [
        ("From", addr("Γιώργος Αθανασίου", "info@" + dom, "windows-1253", "Q", "windows-1253")),
        ("To", addr("Ελένη Κωνσταντίνου", rc.email, "windows-1253", "Q", "windows-1253")),
        ("Subject", hval("Αλλαγή τραπεζικού λογαριασμού – Μεταφορική Θεσσαλίας", "windows-1253", "Q", "windows-1253")),
        ("Date", rdate(t, "EE")),
        ("Message-ID", ids.mid_outlook_smtp(dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "el"),
    ]
    return m.finish("<info@%s>" % dom, rec, hs, body,
        "Carrier bank-detail change from look-alike metaforiki-thesalias.gr (real: metaforiki-thessalias.gr): pay two invoices into the manager's personal Eurobank account",
        "One 's' missing in the domain; DigitalOcean server without rDNS; company account 'frozen' story; beneficiary is a private person, not the partnership; unreachable by phone, proof of payment by mail only. The genuine carrier invoice naming the same invoices and the real account is business 32.",
        "business/32")


def a35():
    m = Mail("attack", 35, "el", "raaey-apofasi-zip-kodikos")
    ids = m.ids
    t = T("2026-12-03 09:27:50")
    rc = S("gr_mgr")
    dom = "raaey-gr.com"
    host = "srv-1d8f.hostwindsdns.com"
    sender = "adeiodotisi@" + dom
    rec = [
        I.mx(ids, "mail." + dom, host, "142.11.206.73", rc.email, plus(t, 2)),
        I.postfix(ids, "mail." + dom, "[192.168.0.104]", None, "91.132.139.52", plus(t, 1), tls="1.3", auth=True, zone="UTC"),
    ]
    pwd = "raaey2026"
    z = files.zip_bytes([("Απόφαση_ΡΑΑΕΥ_Ο-118742.pdf.lnk", b"inert placeholder - not a shortcut\n")],
                        password=pwd.encode(), date_time=(2026, 12, 3, 11, 20, 5), seed=b"a35")
    plain = (
        "Αξιότιμε κύριε Παπαδάκη,\n\n"
        "σας κοινοποιούμε την απόφαση της Ρυθμιστικής Αρχής Αποβλήτων, Ενέργειας και Υδάτων σχετικά με την "
        "τροποποίηση της άδειας προμήθειας ηλεκτρικής ενέργειας της εταιρείας σας (αρ. πρωτ. Ο-118742/2026).\n\n"
        "Για λόγους προστασίας προσωπικών δεδομένων το συνημμένο αρχείο είναι κρυπτογραφημένο.\n"
        "Κωδικός αρχείου: %s\n\n"
        "Παρακαλούμε για την ενημέρωσή σας και την υποβολή τυχόν παρατηρήσεων εντός δέκα (10) ημερών από "
        "την κοινοποίηση.\n\n"
        "Με εκτίμηση\n\nΤμήμα Αδειοδότησης Ηλεκτρικής Ενέργειας\nΡΑΑΕΥ\nΠειραιώς 132, 118 54 Αθήνα\n") % pwd
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-7", "base64", flowed=True, quote=False),
        attach(z, "application/zip", "Apofasi_RAAEY_O-118742.zip"),
    ], ids.b_tb(), preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Message-ID", ids.mid_tb(dom)),
        ("Date", rdate(t, "EE")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "el"),
        ("To", rc.email),
        ("From", addr("ΡΑΑΕΥ - Τμήμα Αδειοδότησης", sender, "iso-8859-7", "B", "ISO-8859-7")),
        ("Subject", hval("Κοινοποίηση απόφασης ΡΑΑΕΥ – αρ. πρωτ. Ο-118742/2026", "iso-8859-7", "B", "ISO-8859-7")),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Fake regulator decision: 'ΡΑΑΕΥ' (Greek energy regulator) notifies an amendment of the supply licence in a password-protected ZIP containing Απόφαση_…pdf.lnk",
        "The regulator is raaey.gr and serves decisions through official channels, not encrypted archives from raaey-gr.com on a Hostwinds VPS; the ZipCrypto archive (password in the body) hides a Windows shortcut posing as a PDF — a typical loader; addressed to the country manager with a legal deadline.",
        "business/34")


def a36():
    m = Mail("attack", 36, "el", "ceo-whatsapp-pretext-gmail")
    ids = m.ids
    t = T("2026-12-10 07:55:31")
    rc = S("gr_acc")
    sender = "nikos.papadakis.gm@gmail.com"
    rec, extra = I.gmail(ids, t, rc.email)
    plain = ("Ελένη, καλημέρα.\n\n"
             "Είσαι στο γραφείο; Χρειάζομαι να αναλάβεις κάτι επείγον και εμπιστευτικό σήμερα.\n\n"
             "Στείλε μου το κινητό σου να σου γράψω στο WhatsApp, είμαι σε σύσκεψη και δεν μπορώ να μιλήσω.\n\n"
             "Νίκος\n\nΣτάλθηκε από iPhone\n")
    html = '<div dir="auto">' + "".join("<div dir=\"auto\">%s</div><div dir=\"auto\"><br></div>" % p.replace("\n", "<br>")
                                        for p in plain.strip().split("\n\n")) + "</div>\n"
    body = alt(text(plain, "plain", "UTF-8", "base64"), text(html, "html", "UTF-8", "base64"), ids.b_gmail())
    hs = extra + [
        ("MIME-Version", "1.0"),
        ("From", addr("Νίκος Παπαδάκης", sender, "utf-8", "B", "UTF-8")),
        ("Date", rdate(t, "EE")),
        ("Message-ID", ids.mid_gmail()),
        ("Subject", hval("Επείγον", "utf-8", "B", "UTF-8")),
        ("To", rc.email),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "First-stage BEC: 'Νίκος Παπαδάκης' (Greek country manager) on Gmail asks the accountant for her mobile number to continue an 'urgent, confidential' task on WhatsApp",
        "Manager's name on a free mailer, urgency + confidentiality, refuses a call and moves the conversation to WhatsApp, outside corporate logging — the opener of payment or gift-card fraud. The genuine urgent request from Nikos goes through the internal relay (business 34).",
        "business/34")


ALL = [a32, a33, a34, a35, a36]
