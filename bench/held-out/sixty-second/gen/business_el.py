"""Greek business messages 32-36."""
import banking as bk
import files
import infra as I
from attacks_el import EXG_GR_AFM
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

MET_AFM = bk.gr_afm("99871405")
MET_IBAN = bk.iban("GR", "017" + "0262" + "0005262044198370")   # Piraeus Bank


def _html(plain, font="Calibri,sans-serif"):
    return '<div class="WordSection1" style="font-family:%s;font-size:11pt">%s</div>' % (font, "".join(
        "<p class=\"MsoNormal\">%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        for p in plain.strip().split("\n\n")))


def otenet_rec(ids, t, rcpt, client_ip):
    n = ids.r.randrange(1, 4)
    host = "mailout%d.otenet.gr" % n
    return [
        I.mx(ids, host, host, "83.235.69.%d" % (30 + n), rcpt, plus(t, 2), tls="1.2"),
        I.postfix(ids, host, "[192.168.1.5]", "ppp-%s.home.otenet.gr" % client_ip.replace(".", "-"), client_ip,
                  plus(t, 1), zone="EE", tls="1.2", auth=True, product="Postfix"),
    ]


def b32():
    m = Mail("business", 32, "el", "metaforiki-timologio")
    ids = m.ids
    t = T("2026-11-17 09:25:40")
    rc = S("gr_acc")
    dom = "metaforiki-thessalias.gr"
    rec = [
        I.mx(ids, "mail.%s" % dom, "mail.%s" % dom, "185.4.133.%d" % ids.r.randrange(10, 250), rc.email, plus(t, 2)),
        I.postfix(ids, "mail.%s" % dom, "GRAFEIO-PC", "adsl-%d.lar.forthnet.gr" % ids.r.randrange(1000, 9999),
                  "2.87.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250)), plus(t, 1), tls="1.2", auth=True, zone="EE"),
    ]
    plain = (
        "Καλημέρα σας κα Κωνσταντίνου,\n\n"
        "σας στέλνουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 1192 για τις μεταφορές μετρητών και "
        "καλωδίων του Οκτωβρίου (Ασπρόπυργος – Λάρισα – Θεσσαλονίκη), ποσού 3.968,00 € με ΦΠΑ. Το "
        "τιμολόγιο έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001926118347).\n\n"
        "Η εξόφληση γίνεται όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς (%s). "
        "Μαζί με το ΤΠΥ 1184 (2.452,00 €) το υπόλοιπό σας είναι 6.420,00 €.\n\n"
        "Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας στο 2410 623 118.\n\n"
        "Με εκτίμηση\n\nΓιώργος Αθανασίου\nΜεταφορική Θεσσαλίας Ο.Ε.\nΒΙ.ΠΕ. Λάρισας, Ο.Τ. 14 – 413 35 Λάρισα\n"
        "ΑΦΜ %s – ΔΟΥ Λάρισας\n") % (bk.fmt_iban(MET_IBAN), MET_AFM)
    pdfb = files.pdf([
        "# SERVICE INVOICE / TPY 1192",
        "Metaforiki Thessalias O.E. - Industrial Area of Larissa, Block 14, 413 35 Larissa, Greece",
        "VAT no. EL" + MET_AFM + "    Date: 16/11/2026    myDATA MARK: 400001926118347",
        "",
        "Customer: EXAMPLE GROUP HELLAS S.A., Kifisias Ave 44, 151 25 Marousi - VAT no. EL" + EXG_GR_AFM,
        "",
        "## Description                                                    Net (EUR)",
        "Transport of meters, Aspropyrgos - Larissa, 4 trips                 1.440,00",
        "Transport of cable drums, Larissa - Thessaloniki, 3 trips           1.760,00",
        "VAT 24%                                                                768,00",
        "## Total                                                           3.968,00",
        "",
        "Payment: bank transfer within 30 days - Piraeus Bank IBAN " + bk.fmt_iban(MET_IBAN),
    ], title="TPY 1192", author="Metaforiki Thessalias", creator="SoftOne ERP", producer="SoftOne Reports",
        created="20261116174000+02'00'")
    body = multipart("mixed", [
        text(plain, "plain", "windows-1253", "quoted-printable"),
        attach(pdfb, "application/pdf", "TPY_1192.pdf"),
    ], ids.b_outlook(None, 0), preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", addr("Μεταφορική Θεσσαλίας", "info@" + dom, "windows-1253", "Q", "windows-1253")),
        ("To", addr("Ελένη Κωνσταντίνου", rc.email, "windows-1253", "Q", "windows-1253")),
        ("Subject", hval("Τιμολόγιο ΤΠΥ 1192 – μεταφορές Οκτωβρίου", "windows-1253", "Q", "windows-1253")),
        ("Date", rdate(t, "EE")),
        ("Message-ID", ids.mid_outlook_smtp(dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "el"),
    ]
    return m.finish("<info@%s>" % dom, rec, hs, body,
        "Genuine invoice from the Greek carrier Metaforiki Thessalias (ΤΠΥ 1192, transports of meters and cable), with myDATA MARK and PDF",
        "Real carrier domain (with double 's'), sent from the carrier's office DSL line; consistent amounts, myDATA reference, payment 'as always' to the company's Piraeus Bank account in the company's name. Counterpart of the look-alike bank-change attack 34.")


def b33():
    m = Mail("business", 33, "el", "spasmeno-laptop-prosopiko-email")
    ids = m.ids
    t = T("2026-10-20 17:58:14")
    mgr = S("gr_mgr")
    sender = "eleni.konst@otenet.gr"
    rec = otenet_rec(ids, t, mgr.email, "94.66.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250)))
    plain = (
        "Νίκο καλησπέρα,\n\n"
        "σου γράφω από το προσωπικό μου email γιατί μου έπεσε το laptop της εταιρείας στο μετρό και έσπασε "
        "η οθόνη – ανάβει αλλά δεν φαίνεται τίποτα. Το έχω μαζί μου, δεν χάθηκε τίποτα.\n\n"
        "Αύριο το πρωί θα είμαι κανονικά στο γραφείο και θα ανοίξω αίτημα στο IT για αντικατάσταση. Μέχρι "
        "τότε δεν μπορώ να δω τα email της δουλειάς, οπότε αν χρειαστείς κάτι επείγον πάρε με στο κινητό.\n\n"
        "Ευχαριστώ,\nΕλένη\n")
    body = text(plain, "plain", "iso-8859-7", "quoted-printable", flowed=True, quote=False)
    hs = [
        ("Message-ID", ids.mid_tb("otenet.gr")),
        ("Date", rdate(t, "EE")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "el"),
        ("To", addr("Νίκος Παπαδάκης", mgr.email, "iso-8859-7", "B", "ISO-8859-7")),
        ("Cc", "it-servicedesk@example.com"),
        ("From", addr("Ελένη Κωνσταντίνου", sender, "iso-8859-7", "B", "ISO-8859-7")),
        ("Subject", hval("Έσπασε το laptop", "iso-8859-7", "B", "ISO-8859-7")),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Colleague's private otenet.gr mail: the Greek accountant dropped her company laptop, screen broken, will open an IT ticket tomorrow",
        "Private consumer mailbox via OTE's outbound relay, written in the colleague's normal tone; informs, asks for nothing, points to phone and the proper IT ticket.")


def b34():
    m = Mail("business", 34, "el", "papadakis-pliromi-telous-raaey-intern")
    ids = m.ids
    t = T("2026-12-15 08:21:36")
    rc, mgr = S("gr_acc"), S("gr_mgr")
    rec = I.internal_chain(ids, rc.email, t)
    rf = bk.rf_reference("2026004411870")
    plain = (
        "Ελένη καλημέρα,\n\n"
        "όπως είπαμε χθες στο τηλέφωνο, σήμερα λήγει η προθεσμία για το ετήσιο τέλος της άδειας προμήθειας "
        "ηλεκτρικής ενέργειας στη ΡΑΑΕΥ. Το ειδοποιητήριο είναι στον φάκελο Finance/ΡΑΑΕΥ στο Teams.\n\n"
        "Ποσό: 12.600,00 €\nΚωδικός πληρωμής: %s\n\n"
        "Πλήρωσέ το παρακαλώ μέσω e-banking με τον κωδικό RF, όπως κάθε χρόνο – δεν χρειάζεται καμία αλλαγή "
        "στοιχείων. Την έγκριση την έχω δώσει ήδη στο SAP. Αν χρειαστείς κάτι, είμαι στο γραφείο μέχρι τις "
        "15:00.\n\n"
        "Νίκος\n\n"
        "Nikos Papadakis\nΓενικός Διευθυντής | Example Group Hellas\nΛεωφ. Κηφισίας 44, 151 25 Μαρούσι\n") % rf
    html = html_doc(_html(plain), "EL")
    topic = hval("Πληρωμή ετήσιου τέλους ΡΑΑΕΥ – σήμερα", "iso-8859-7", "Q")
    body = alt(text(plain, "plain", "iso-8859-7", "quoted-printable"), html_text(html, "iso-8859-7", "quoted-printable"),
               "_000_%s_" % ids.hex(40))
    hs = [
        ("From", "\"Papadakis, Nikos\" <%s>" % mgr.email),
        ("To", "\"Konstantinou, Eleni\" <%s>" % rc.email),
        ("Subject", topic),
    ] + I.onprem_hdrs(ids, t, topic, lang="el-GR", client_ip="10.50.1.77", zone="EE")
    return m.finish("<%s>" % mgr.email, rec, hs, body,
        "Greek country manager's genuine internal request: pay today's annual licence fee to the regulator ΡΑΑΕΥ with the official RF payment code",
        "Internal Exchange through mail-int01, follows a phone call, pays a public authority with an ISO 11649 RF code (valid check digits) through the usual e-banking, approval already in SAP, no confidentiality or channel change. Hard negative of attacks 35 (fake regulator) and 36 (WhatsApp pretext).")


def b35():
    m = Mail("business", 35, "el", "parapono-pelati-xreosi-isxyos")
    ids = m.ids
    t = T("2026-11-05 12:14:27")
    rc = S("gr_mgr")
    dom = "psyktiki-aigaiou.gr"
    server = "VI1PR02MB%d" % ids.r.randrange(1000, 9999)
    region = "eurprd02"
    out = I.exo_out("EUR05", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    plain = (
        "Κύριε Παπαδάκη καλημέρα,\n\n"
        "στον λογαριασμό Οκτωβρίου για τις εγκαταστάσεις μας στο Κερατσίνι (αρ. παροχής 1 00 412 877-01 2) "
        "η χρέωση ισχύος υπολογίστηκε με 850 kVA, ενώ η συμφωνημένη ισχύς από τον Ιούλιο είναι 630 kVA. "
        "Επιπλέον, η ρήτρα αναπροσαρμογής εμφανίζεται διπλή στη δεύτερη σελίδα.\n\n"
        "Η διαφορά είναι περίπου 2.900 € και δεν μπορούμε να εγκρίνουμε την πληρωμή μέχρι να έρθει "
        "διορθωτικό. Σας παρακαλώ να το εξετάσετε και να μας ενημερώσετε έως το τέλος της επόμενης "
        "εβδομάδας.\n\n"
        "Ευχαριστώ,\nΚατερίνα Μαυρίδου\nΥπεύθυνη Προμηθειών\nΨυκτική Αιγαίου Α.Ε.\nΑκτή Ξαβερίου 8, 187 55 Κερατσίνι\n")
    html = html_doc(_html(plain, "Aptos,Calibri,sans-serif"), "EL")
    topic = hval("Λογαριασμός Οκτωβρίου – λάθος χρέωση ισχύος", "windows-1253", "B", "windows-1253")
    body = alt(text(plain, "plain", "windows-1253", "base64"), html_text(html, "windows-1253", "base64"),
               ids.b_outlook(server, 0))
    hs = [
        ("From", addr("Κατερίνα Μαυρίδου", "k.mavridou@" + dom, "windows-1253", "B", "windows-1253")),
        ("To", addr("Νίκος Παπαδάκης", rc.email, "windows-1253", "B", "windows-1253")),
        ("CC", addr("Ελένη Κωνσταντίνου", S("gr_acc").email, "windows-1253", "B", "windows-1253")),
        ("Subject", topic),
    ] + I.exo_hdrs(ids, server, region, t, topic, lang="el-GR")
    return m.finish("<k.mavridou@%s>" % dom, rec, hs, body,
        "Business customer's complaint (Ψυκτική Αιγαίου): wrong contracted power and a duplicated adjustment clause on the October bill",
        "Known customer from its own Microsoft 365 tenant, concrete supply number and figures, withholds payment pending a credit note — a normal dispute with no links or attachments.")


def b36():
    m = Mail("business", 36, "el", "logistis-mydata-symfonia")
    ids = m.ids
    t = T("2026-11-12 10:48:02")
    rc = S("gr_acc")
    sender = "sdimitriou@otenet.gr"
    rec = otenet_rec(ids, t, rc.email, "79.129.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250)))
    plain = (
        "Ελένη καλημέρα,\n\n"
        "έκανα τη συμφωνία των παραστατικών στο myDATA για το Γ' τρίμηνο. Βρήκα 3 τιμολόγια αγορών που "
        "έχουν διαβιβαστεί από τους προμηθευτές αλλά δεν έχουν χαρακτηριστεί από εμάς (λίστα στο "
        "συνημμένο). Τα υπόλοιπα συμφωνούν.\n\n"
        "Μπορείς να τα χαρακτηρίσεις εσύ από το myDATA (με τους κωδικούς TAXISnet της εταιρείας, όπως "
        "πάντα, μπαίνοντας από το aade.gr) ή, αν προτιμάς, να το κάνω εγώ μέσω της εξουσιοδότησης που έχουμε "
        "ως λογιστικό γραφείο. Καλό είναι να γίνει μέχρι τέλος του μήνα.\n\n"
        "Φιλικά\nΣταύρος Δημητρίου\nΛογιστικό Γραφείο Σ. Δημητρίου\nΠατησίων 112, 112 57 Αθήνα – τηλ. 210 8231 406\n")
    csv = ("ΑΦΜ εκδότη;Επωνυμία;Αρ. παραστατικού;Ημερομηνία;ΜΑΡΚ;Καθαρή αξία;ΦΠΑ\r\n"
           "%s;ΜΕΤΑΦΟΡΙΚΗ ΘΕΣΣΑΛΙΑΣ Ο.Ε.;ΤΠΥ 1184;30/09/2026;400001918877210;1977,42;474,58\r\n"
           "094019245;ΓΡΑΦΙΚΕΣ ΤΕΧΝΕΣ ΑΤΤΙΚΗΣ Α.Ε.;ΤΔΑ 5521;12/08/2026;400001884190023;812,90;195,10\r\n"
           "099812334;ΚΑΘΑΡΙΣΜΟΙ ΑΛΦΑ Ε.Π.Ε.;ΤΠΥ 318;30/09/2026;400001917002451;640,00;153,60\r\n" % MET_AFM)
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-7", "8bit"),
        attach(csv.encode("windows-1253"), "text/csv", "mydata_asymfonia_G_trimino.csv", att_charset="windows-1253",
               cte="quoted-printable"),
    ], ids.b_outlook(None, 0), preamble="This is a multi-part message in MIME format.")
    hs = [
        ("From", addr("Σταύρος Δημητρίου", sender, "iso-8859-7", "B", "iso-8859-7")),
        ("To", addr("Ελένη Κωνσταντίνου", rc.email, "iso-8859-7", "B", "iso-8859-7")),
        ("Subject", hval("Συμφωνία myDATA Γ' τριμήνου", "iso-8859-7", "B", "iso-8859-7")),
        ("Date", rdate(t, "EE")),
        ("Message-ID", "<%s$%s$%s@otenet.gr>" % (ids.hex(12), ids.hex(8), ids.hex(8))),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "el"),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "External accountant (consumer otenet.gr mailbox) reports the Q3 myDATA reconciliation: 3 purchase invoices not yet classified, CSV list attached",
        "Long-standing external accountant on his usual otenet.gr address with old Outlook; concrete MARK numbers; mentions TAXISnet but tells her to log in via aade.gr as usual or let him do it under the existing authorisation — no link, no deadline threat. Hard negative of the AADE phishing attack 32.")


ALL = [b32, b33, b34, b35, b36]
