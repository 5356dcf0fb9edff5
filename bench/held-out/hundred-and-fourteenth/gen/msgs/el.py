"""Greek messages: attack 32-36, business 32-36."""
from mailgen import core, checks as C, office, systems as S, systems2 as S2
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import to_plain, to_html, gmail_texts, Quote
from data.company import staff, SIDMET as SD, OFF
from . import attack, business
from .common import letter_pdf, pdf_date, outlook_alt, outlook_attachment, mixed, euro

GR = OFF["GR"]
AFM = GR["ids"][0][1]
SD_FOOT = [["ΣΙΔΗΜΕΤ Α.Ε.", "26ης Οκτωβρίου 112, 57009 Καλοχώρι", "ΑΦΜ %s – ΔΟΥ Ιωνίας Θεσ/νίκης" % SD["afm"]],
           ["ΓΕΜΗ 057218404000", "Τηλ. +30 2310 752 418", "logistirio@sidmet.gr"],
           ["Εθνική Τράπεζα", "IBAN %s" % C.iban_fmt(SD["iban"]), "www.sidmet.gr"]]


def el_money(v):
    return euro(v, "el")


# =========================================================== ATTACKS
@attack("32-el-aade-epistrofi-fpa-iban.eml",
        "'ΑΑΔΕ' announces a VAT refund of EUR 4,386.20 for the Greek entity that requires confirming the IBAN with "
        "TAXISnet credentials within 5 working days",
        "Tax-refund phishing: sent from a compromised mailbox of an unrelated Greek tutoring school's own server; "
        "link to aade-epistrofes.gov-gr.info (the authority uses aade.gr / gov.gr); credential theft of TAXISnet "
        "codes; AADE does not ask to confirm IBANs by e-mail link")
def a32(m):
    m.when("2026-10-14 11:22:40", "GR").sender("ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων", "info@frontistirio-ermis.gr")
    m.recipients([staff("acc_gr", native=True)])
    url = "https://aade-epistrofes.gov-gr.info/myaade/login?afm=%s&req=%s" % (AFM, core.hexs(m.rng, 10))
    paras = ["Αγαπητέ φορολογούμενε,",
             "σας ενημερώνουμε ότι μετά τον έλεγχο της περιοδικής δήλωσης ΦΠΑ της επιχείρησης EXAMPLE METALS HELLAS "
             "ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ %s) προέκυψε πιστωτικό υπόλοιπο προς επιστροφή ύψους **4.386,20 €**." % AFM,
             "Για την πίστωση του ποσού απαιτείται επιβεβαίωση του τραπεζικού λογαριασμού (IBAN) της επιχείρησης με "
             "τους κωδικούς TAXISnet εντός 5 εργάσιμων ημερών. Σε αντίθετη περίπτωση το αίτημα επιστροφής θα απορριφθεί.",
             "[Επιβεβαίωση στοιχείων – myAADE](%s)" % url,
             "Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\nΓενική Διεύθυνση Φορολογικής Διοίκησης"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body>'
            '<div style="font-family:Arial;font-size:14px;max-width:620px"><div style="background:#003476;color:#fff;padding:14px">'
            '<b>ΑΑΔΕ</b> | myAADE</div>' + "".join("<p>%s</p>" % to_html(p) for p in paras) + "</div></body></html>")
    body = multipart("alternative", [text_part(plain, "plain", "windows-1253", "quoted-printable"),
                                      text_part(html, "html", "windows-1253", "quoted-printable")], boundary(m.rng, "php"))
    r = S.postfix_submit(m, "srv1.frontistirio-ermis.gr", "185.4.133.72", "[127.0.0.1]", "102.89.34.177", mua="script",
                         dkim_sel="default", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                         system="own Plesk/Postfix server of an unrelated school (compromised mailbox)",
                         hdr_charset="windows-1253", hdr_enc="B")
    return m.finish(r, body, "Ειδοποίηση επιστροφής ΦΠΑ – Εκκρεμεί επιβεβαίωση στοιχείων IBAN", auth=dict(spf="pass", dmarc=None))


@attack("33-el-alpha-bank-pdf-qr-epanenergopoiisi.eml",
        "'Alpha Bank' tells the Greek office that the digital signature for myAlpha Web Business must be "
        "re-activated by 14/11 by scanning the QR code in the attached PDF",
        "Quishing inside a PDF attachment (the only link is the QR code → myalpha-business-secure.com); look-alike "
        "sender domain alphabank-business.com through Amazon SES; deadline pressure; banks do not activate signatures "
        "through PDFs sent by mail")
def a33(m):
    m.when("2026-11-11 09:47:15", "GR").sender("Alpha Bank", "noreply@alphabank-business.com")
    m.recipients([staff("om_gr", native=True)])
    url = "https://myalpha-business-secure.com/activate?c=%s" % core.rstr(m.rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16)
    m.facts["qr"].append(url)
    paras = ["Αξιότιμε πελάτη,",
             "στο πλαίσιο της αναβάθμισης της υπηρεσίας myAlpha Web Business, οι ψηφιακές υπογραφές των εξουσιοδοτημένων "
             "χρηστών πρέπει να επανενεργοποιηθούν έως τις 14/11/2026. Μετά την ημερομηνία αυτή οι εντολές πληρωμών "
             "δεν θα μπορούν να εγκριθούν.",
             "Για την επανενεργοποίηση σαρώστε τον κωδικό QR του συνημμένου εγγράφου με την κάμερα του κινητού σας.",
             "Με εκτίμηση,\nAlpha Bank – Εξυπηρέτηση Επιχειρήσεων"]
    plain = "\n\n".join(paras)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="max-width:600px"><div style="background:#0b3a6e;color:#fff;padding:14px;font-size:18px">Alpha Bank</div>'
            + "".join("<p>%s</p>" % to_html(p) for p in paras) + "</div></body></html>")
    pdfdata = letter_pdf(
        m, "Alpha Bank", ["Εξυπηρέτηση Επιχειρήσεων · myAlpha Web Business"],
        ["EXAMPLE METALS HELLAS Μ.Α.Ε.", "ΒΙ.ΠΕ. Σίνδου, Ο.Τ. 31", "57022 Σίνδος"],
        [("Ημερομηνία", "11/11/2026"), ("Κωδικός συνδρομητή", "MAB-7730418")],
        "Ενημέρωση ασφαλείας – επανενεργοποίηση ψηφιακής υπογραφής",
        ["Για την ολοκλήρωση της αναβάθμισης της υπηρεσίας myAlpha Web Business, σαρώστε τον παρακάτω κωδικό QR με "
         "το κινητό τηλέφωνο του εξουσιοδοτημένου χρήστη και ακολουθήστε τις οδηγίες.",
         "Η διαδικασία διαρκεί λιγότερο από 2 λεπτά. Θα χρειαστείτε τον κωδικό χρήστη και τον κωδικό πρόσβασης της "
         "υπηρεσίας καθώς και τον κωδικό μίας χρήσης (OTP) που θα λάβετε με SMS."],
        [["Alpha Bank Α.Ε."], ["Σταδίου 40, Αθήνα"], ["Ενημέρωση ασφαλείας"]],
        pdf_date(m.at(-1800), "GR"), producer="Skia/PDF m131", creator="Chromium", author="",
        qr=url, qr_label=["Σαρώστε με την κάμερα", "του κινητού σας"], ecl="Q", qr_module=2.2)
    a = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"),
                                   text_part(html, "html", "utf-8", "base64")], boundary(m.rng, "ses"))
    body = multipart("mixed", [a, bin_part(pdfdata, "application/pdf", "Ενημέρωση_ασφαλείας_myAlpha_Business.pdf",
                                            name_style="rfc2231+2047")], boundary(m.rng, "ses"))
    r = S.ses(m, "eu-central-1", "alphabank-business.com", "ab2026", mail_from_domain="bounce.alphabank-business.com")
    return m.finish(r, body, "myAlpha Web Business: απαιτείται επανενεργοποίηση της ψηφιακής υπογραφής έως 14/11",
                    auth=dict(spf="pass", dmarc=None))


@attack("34-el-sidmet-lookalike-allagi-iban.eml",
        "'Λογιστήριο ΣΙΔΗΜΕΤ' announces a new Piraeus Bank account from 1 Dec and asks that the November invoice "
        "Α-1922 (EUR 21,760) be paid there, with a 'bank certificate' PDF",
        "Supplier bank-detail fraud from the look-alike domain sidmet.com.gr on a Google Workspace account (the real "
        "supplier is sidmet.gr on its own server); references the supplier's invoice numbering; the 'certificate' is a self-made "
        "PDF; new account at a different bank")
def a34(m):
    m.when("2026-11-30 12:30:48", "GR").sender("Λογιστήριο ΣΙΔΗΜΕΤ", "logistirio@sidmet.com.gr")
    m.recipients([staff("acc_gr", native=True)], [staff("om_gr", native=True)])
    iban = C.iban_make("GR", "017" + "0318" + "0005318047219634")
    m.iban(iban, "ΣΙΔΗΜΕΤ Α.Ε. (claimed)", "Τράπεζα Πειραιώς", "fraudulent target account")
    m.phone("+30 2310 752 418")
    paras = ["Καλησπέρα σας,",
             "σας ενημερώνουμε ότι από 01/12/2026 οι πληρωμές προς την εταιρεία μας θα γίνονται αποκλειστικά στον νέο "
             "λογαριασμό μας στην Τράπεζα Πειραιώς, λόγω μεταφοράς της συνεργασίας μας.",
             "Δικαιούχος: ΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.\nΤράπεζα Πειραιώς\nIBAN: %s" % C.iban_fmt(iban),
             "Παρακαλούμε το τιμολόγιο Α-1922 (21.760,00 €) για τις παραδόσεις Νοεμβρίου να εξοφληθεί στον νέο λογαριασμό. Επισυνάπτεται βεβαίωση "
             "της τράπεζας. Ο παλιός λογαριασμός στην Εθνική θα κλείσει.",
             "Ευχαριστούμε,\nΛογιστήριο\nΣΙΔΗΜΕΤ Α.Ε.\nΤηλ. +30 2310 752 418"]
    pdfdata = letter_pdf(
        m, "ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ", ["Κατάστημα Καλοχωρίου Θεσσαλονίκης"],
        ["ΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.", "26ης Οκτωβρίου 112", "57009 Καλοχώρι"],
        [("Ημερομηνία", "27/11/2026"), ("Αρ. πρωτ.", "4471/2026")],
        "ΒΕΒΑΙΩΣΗ ΤΡΑΠΕΖΙΚΟΥ ΛΟΓΑΡΙΑΣΜΟΥ",
        ["Βεβαιώνεται ότι η εταιρεία ΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε. (ΑΦΜ %s) τηρεί στην Τράπεζά μας "
         "τον λογαριασμό όψεως με IBAN %s." % (SD["afm"], C.iban_fmt(iban)),
         "Η παρούσα χορηγείται για κάθε νόμιμη χρήση."],
        [["Τράπεζα Πειραιώς Α.Ε."], ["Κατάστημα 318"], [""]],
        pdf_date(m.at(-86400), "GR"), producer="PDF24 Creator", creator="PDF24 Creator", author="user",
        signature=["Ο Διευθυντής του Καταστήματος", "(υπογραφή – σφραγίδα)"])
    plain, html = gmail_texts(paras, "el")
    a = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                   text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    body = multipart("mixed", [a, bin_part(pdfdata, "application/pdf", "Βεβαίωση_IBAN_Πειραιώς.pdf", name_style="rfc2231")],
                     boundary(m.rng, "gmail"))
    r = S.gmail(m, workspace="sidmet.com.gr", lang="el")
    return m.finish(r, body, "Αλλαγή τραπεζικού λογαριασμού – ΣΙΔΗΜΕΤ Α.Ε.", auth=dict(spf="pass", dmarc=None))


@attack("35-el-hma-taxisnet-ypenthymisi.eml",
        "'Ηλεκτρονικό Μητρώο Αποβλήτων (ΗΜΑ)' reminds that the annual waste-producer report 2026 requires "
        "confirming TAXISnet credentials via a link",
        "Trade-specific credential phishing (every Greek scrap yard reports in the waste register ΗΜΑ with TAXISnet "
        "codes): look-alike sender hma-ypen.gr.com via Mailgun, link to wasteregistry-ypen.gr.com; the genuine "
        "reminder (business/35) asks for no action via links")
def a35(m):
    m.when("2026-12-10 10:05:22", "GR").sender("Ηλεκτρονικό Μητρώο Αποβλήτων (ΗΜΑ)", "noreply@hma-ypen.gr.com")
    m.recipients([staff("om_gr", native=True)])
    url = "https://wasteregistry-ypen.gr.com/hma/login?redirect=taxisnet&afm=%s" % AFM
    paras = ["Αξιότιμη επιχείρηση,",
             "σας υπενθυμίζουμε ότι για την υποβολή της Ετήσιας Έκθεσης Παραγωγού Αποβλήτων για το έτος 2026 απαιτείται "
             "επιβεβαίωση των στοιχείων πρόσβασης TAXISnet του νόμιμου εκπροσώπου έως 15/12/2026.",
             "Επιχειρήσεις χωρίς επιβεβαιωμένα στοιχεία δεν θα μπορούν να υποβάλουν έκθεση και υπόκεινται σε κυρώσεις "
             "σύμφωνα με τον ν. 4819/2021.",
             "[Επιβεβαίωση στοιχείων TAXISnet](%s)" % url,
             "Υπουργείο Περιβάλλοντος και Ενέργειας\nΗλεκτρονικό Μητρώο Αποβλήτων"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body>'
            '<div style="font-family:Arial;font-size:14px;max-width:620px"><div style="background:#1d6f42;color:#fff;padding:14px">'
            '<b>ΗΜΑ</b> &middot; Ηλεκτρονικό Μητρώο Αποβλήτων</div>' + "".join("<p>%s</p>" % to_html(p) for p in paras) + "</div></body></html>")
    body = multipart("alternative", [text_part(plain, "plain", "iso-8859-7", "quoted-printable"),
                                      text_part(html, "html", "iso-8859-7", "quoted-printable")], boundary(m.rng, "sendgrid"))
    r = S.mailgun(m, "mg.hma-ypen.gr.com", "hma-ypen.gr.com")
    return m.finish(r, body, "Υπενθύμιση: Ετήσια Έκθεση Παραγωγού Αποβλήτων 2026 – επιβεβαίωση στοιχείων TAXISnet",
                    auth=dict(spf="pass", dmarc=None), sender_local="noreply")


@attack("36-el-bec-eleni-proton-prokatavoli.eml",
        "'Ελένη Παπαδοπούλου' (office manager) writes to the Greek accountant from a Proton address: urgent EUR 18,600 "
        "advance to a 'new Bulgarian aluminium supplier' today, keep it quiet",
        "BEC impersonating a colleague from free encrypted mail (proton.me): secrecy, urgency, unavailability, "
        "unknown payee in Bulgaria, request for the payment proof; authentication passes for proton.me")
def a36(m):
    m.when("2026-10-23 14:51:10", "GR").sender("Ελένη Παπαδοπούλου", "e.papadopoulou.examplegroup@proton.me")
    m.recipients([staff("acc_gr", native=True)])
    iban = C.iban_make("BG", "UNCR" + "7000" + "15" + "24317462")
    m.iban(iban, "Balkan Metal Trade EOOD (claimed)", "UniCredit Bulbank (UNCRBGSF)", "BEC payee")
    text = ("Γιώργο,\n\nείμαι σε σύσκεψη με τον κ. Brenner και την τράπεζα και δεν μπορώ να μιλήσω. Πρέπει να γίνει "
            "σήμερα έμβασμα προκαταβολής 18.600 € σε νέο προμηθευτή σκραπ αλουμινίου από τη Βουλγαρία, για να κλείσουμε "
            "το φορτίο πριν το Σαββατοκύριακο.\n\nΔικαιούχος: Balkan Metal Trade EOOD\nIBAN: %s\nBIC: UNCRBGSF\n"
            "Αιτιολογία: Προκαταβολή PF-1026\n\nΜην το αναφέρεις ακόμα σε κανέναν, θα σου εξηγήσω αύριο. Στείλε μου το "
            "αποδεικτικό μόλις γίνει.\n\nΕλένη\n\nSent with Proton Mail secure email.\n" % C.iban_fmt(iban))
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + "<br>".join(to_html(l) for l in text.split("\n")) +
            '</div>')
    body = multipart("alternative", [text_part(text, "plain", "utf-8", "base64"),
                                      text_part(html, "html", "utf-8", "base64")], boundary(m.rng, "proton"))
    r = S.proton(m)
    return m.finish(r, body, "Επείγον – πληρωμή σήμερα", auth=dict(spf="pass", dmarc="quarantine"))


# ========================================================== BUSINESS
def sd_relay(m, client, ip):
    return S.postfix_submit(m, "mail.sidmet.gr", "198.51.100.47", client, ip, mua="outlook", dkim_sel="plesk",
                            system="ΣΙΔΗΜΕΤ own Plesk server (Postfix), Outlook client", hdr_charset="windows-1253", hdr_enc="B",
                            lang="el")


@business("32-el-sidmet-timologio-mydata-qr.eml",
          "ΣΙΔΗΜΕΤ's accounts send sales invoice Α-1874 (October scrap deliveries, reverse charge art. 39a VAT code) "
          "with its myDATA MARK and the provider's verification QR code",
          "Supplier's real domain and server (authentication passes); invoice carries ΜΑΡΚ/UID and a QR pointing to "
          "the certified e-invoicing provider's verification page; payment to the supplier's usual National Bank "
          "account as always",
          pair=("34-el-sidmet-lookalike-allagi-iban.eml",
                "Same supplier and invoice series; the genuine invoice keeps the known account, the look-alike mail "
                "redirects payment"))
def b32(m):
    m.when("2026-10-30 12:40:15", "GR").sender(*SD["logist"])
    m.recipients([staff("acc_gr", native=True)])
    m.iban(SD["iban"], "ΣΙΔΗΜΕΤ Α.Ε.", "Εθνική Τράπεζα της Ελλάδος", "supplier's regular account")
    m.phone("+30 2310 752 418")
    mark = "400001947283615"
    uid = core.hexs(m.rng, 40, True)
    qr = "https://verify.einvoice-hellas.gr/i/%s?uid=%s" % (mark, uid)
    m.facts["qr"].append(qr)
    items = [("Σκραπ σιδήρου HMS (ΕΚΑ 17 04 05) – 48.000 kg × 0,320 €/kg", 15360.00),
             ("Σκραπ από απορρυπασμένα ΟΤΚΖ (ΕΚΑ 19 10 01) – 9.000 kg × 0,320 €/kg", 2880.00)]
    net = sum(v for _, v in items)
    paras = ["Καλημέρα σας,",
             "σας αποστέλλουμε συνημμένα το Τιμολόγιο Πώλησης Α-1874/29-10-2026 (ΜΑΡΚ %s) για τις παραδόσεις "
             "σκραπ του Οκτωβρίου στη Σίνδο." % mark,
             "Η εξόφληση γίνεται ως συνήθως στον λογαριασμό μας στην Εθνική Τράπεζα.",
             "Με εκτίμηση,\nΛογιστήριο\nΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.\nΤηλ. +30 2310 752 418"]
    pdfdata = letter_pdf(
        m, "ΣΙΔΗΜΕΤ Α.Ε.", ["ΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε. · Εμπορία σιδήρου και μετάλλων · Καλοχώρι"],
        ["EXAMPLE METALS HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.", "ΒΙ.ΠΕ. Σίνδου, Ο.Τ. 31, 57022 Σίνδος", "ΑΦΜ %s – ΦΑΕ Θεσσαλονίκης" % AFM],
        [("Παραστατικό", "Τιμολόγιο Πώλησης"), ("Σειρά / Αριθμός", "Α-1874"), ("Ημερομηνία", "29/10/2026"), ("ΜΑΡΚ", mark),
         ("UID", uid[:20]), ("", uid[20:])],
        "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ",
        ["Αντίστροφη επιβάρυνση – άρθρο 39α Κώδικα ΦΠΑ (ν. 2859/2000). Ο ΦΠΑ οφείλεται από τον λήπτη."],
        SD_FOOT, pdf_date(m.at(-86400), "GR"), producer="Entersoft Business Suite – e-Invoice Hellas", creator="Entersoft",
        author="Λογιστήριο",
        table=(["Περιγραφή", "Αξία €"], [[t, el_money(v)] for t, v in items], ["l", "r"]),
        col_x=[50, 470], totals=[("Καθαρή αξία", el_money(net), False), ("ΦΠΑ (αντίστροφη επιβάρυνση)", "0,00", False),
                                 ("Πληρωτέο", el_money(net), True)],
        qr=qr, qr_label=["Πάροχος ηλεκτρονικής τιμολόγησης", "e-Invoice Hellas – επαλήθευση"], qr_module=1.5)
    alt_part = outlook_alt(m, paras, "el", charset="windows-1253")
    body = mixed(m, [alt_part, outlook_attachment(pdfdata, "application/pdf", "TIM_A-1874_2026.pdf", m)])
    r = sd_relay(m, "LOGIST-PC2", "192.168.1.34")
    return m.finish(r, body, "Τιμολόγιο Πώλησης Α-1874 – ΣΙΔΗΜΕΤ Α.Ε.", auth=dict(spf="pass", dmarc="none"))


@business("33-el-sidmet-fortoseis-zygologia.eml",
          "Νίκος Καραγιάννης (ΣΙΔΗΜΕΤ) sends the November loading plan and the October weighbridge tickets as XLSX",
          "Operational mail from the supplier's real server (authentication passes), spreadsheet attached openly, "
          "data consistent with the invoice of 29 Oct")
def b33(m):
    m.when("2026-11-06 10:10:40", "GR").sender(*SD["karagiannis"])
    m.recipients([staff("om_gr", native=True)])
    m.phone("+30 2310 752 418", "+30 697 418 2233")
    paras = ["Καλημέρα Ελένη,",
             "σου στέλνω τον προγραμματισμό φορτώσεων για τον Νοέμβριο (4 φορτηγά την εβδομάδα, Δευτέρα και Πέμπτη) "
             "και τα ζυγολόγια του Οκτωβρίου για συμφωνία με τα δικά σας.",
             "Για την Πέμπτη 12/11 θα έρθουν δύο φορτηγά με σκραπ από ΟΤΚΖ, θα σας πάρω τηλέφωνο την προηγούμενη μέρα.",
             "Φιλικά,\nΝίκος Καραγιάννης\nΥπεύθυνος Πωλήσεων\nΣΙΔΗΜΕΤ Α.Ε.\nΤηλ. +30 2310 752 418 | Κιν. +30 697 418 2233"]
    rows = [[("b", "Ημερομηνία"), ("b", "Ζυγολόγιο"), ("b", "Όχημα"), ("b", "Είδος"), ("b", "Καθαρό βάρος kg")],
            ["05/10/2026", "Ζ-26-3318", "ΝΕΒ 4471", "HMS", 12140], ["08/10/2026", "Ζ-26-3342", "ΝΕΒ 4471", "HMS", 11980],
            ["12/10/2026", "Ζ-26-3377", "ΝΗΚ 2290", "ΟΤΚΖ", 9000], ["15/10/2026", "Ζ-26-3401", "ΝΕΒ 4471", "HMS", 12060],
            ["22/10/2026", "Ζ-26-3468", "ΝΗΚ 2290", "HMS", 11820], [("b", "Σύνολο"), "", "", "", 57000]]
    plan = [[("b", "Εβδομάδα"), ("b", "Δευτέρα"), ("b", "Πέμπτη"), ("b", "Είδος")],
            ["46", "09/11", "12/11", "HMS / ΟΤΚΖ"], ["47", "16/11", "19/11", "HMS"], ["48", "23/11", "26/11", "HMS"], ["49", "30/11", "03/12", "HMS"]]
    xl = office.xlsx([("Ζυγολόγια Οκτ", rows, [12, 12, 10, 8, 16]), ("Φορτώσεις Νοε", plan, [10, 10, 10, 14])],
                     creator="Νίκος Καραγιάννης", created="2026-11-06T07:55:00Z", company="ΣΙΔΗΜΕΤ Α.Ε.")
    alt_part = outlook_alt(m, paras, "el", charset="iso-8859-7")
    body = mixed(m, [alt_part, outlook_attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                  "Zygologia_Okt_Fortoseis_Noe_2026.xlsx", m)])
    r = S.postfix_submit(m, "mail.sidmet.gr", "198.51.100.47", "SALES-NB01", "192.168.1.52", mua="outlook", dkim_sel="plesk",
                         system="ΣΙΔΗΜΕΤ own Plesk server (Postfix), Outlook client", hdr_charset="iso-8859-7", hdr_enc="B", lang="el")
    return m.finish(r, body, "Προγραμματισμός φορτώσεων Νοεμβρίου – ζυγολόγια Οκτωβρίου", auth=dict(spf="pass", dmarc="none"))


@business("34-el-sidmet-vevaiosi-iban-idios.eml",
          "At the accountant's request (annual supplier master-data check) ΣΙΔΗΜΕΤ sends a bank certificate for its "
          "existing National Bank account – no change",
          "Reply in a thread we started, from the supplier's real domain (authentication passes); confirms the account "
          "already in the vendor master; invites a call-back",
          pair=("34-el-sidmet-lookalike-allagi-iban.eml",
                "Both are about ΣΙΔΗΜΕΤ's IBAN with a bank-certificate PDF; the genuine one confirms the known account "
                "in a thread we started, the fake announces a new one"))
def b34(m):
    m.when("2026-11-17 13:22:05", "GR").sender(*SD["logist"])
    m.recipients([staff("acc_gr", native=True)])
    m.iban(SD["iban"], "ΣΙΔΗΜΕΤ Α.Ε.", "Εθνική Τράπεζα της Ελλάδος", "unchanged, confirmed by bank certificate")
    m.phone("+30 2310 752 418")
    q = Quote(staff("acc_gr", native=True), [SD["logist"]], core.parse_local("2026-11-16 10:12:31", "GR"), "GR",
              "Επικαιροποίηση στοιχείων προμηθευτή – βεβαίωση IBAN",
              ["Καλημέρα σας,", "στο πλαίσιο του ετήσιου ελέγχου των στοιχείων προμηθευτών της εταιρείας μας, παρακαλούμε "
               "να μας στείλετε βεβαίωση της τράπεζας για τον λογαριασμό στον οποίο σας εξοφλούμε.",
               "Ευχαριστώ,\nΓεώργιος Αντωνίου\nΛογιστήριο – Example Metals Hellas"], lang="el")
    paras = ["Καλησπέρα κ. Αντωνίου,",
             "όπως ζητήσατε, σας στέλνουμε τη βεβαίωση της Εθνικής Τράπεζας για τον λογαριασμό μας. Δεν υπάρχει καμία "
             "αλλαγή – είναι ο ίδιος λογαριασμός που έχετε ήδη στο αρχείο σας.",
             "Για οποιαδήποτε επιβεβαίωση μπορείτε να καλέσετε το λογιστήριο στο +30 2310 752 418.",
             "Με εκτίμηση,\nΛογιστήριο\nΣΙΔΗΜΕΤ Α.Ε."]
    pdfdata = letter_pdf(
        m, "ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ ΤΗΣ ΕΛΛΑΔΟΣ", ["Κατάστημα Καλοχωρίου (225)"],
        ["ΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.", "26ης Οκτωβρίου 112", "57009 Καλοχώρι"],
        [("Ημερομηνία", "17/11/2026"), ("Αρ. βεβαίωσης", "225/8841")],
        "ΒΕΒΑΙΩΣΗ",
        ["Βεβαιώνεται ότι η εταιρεία ΣΙΔΗΡΟΜΕΤΑΛΛΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε. (ΑΦΜ %s) είναι δικαιούχος του λογαριασμού "
         "όψεως με IBAN %s που τηρείται στο κατάστημά μας από 12/03/2011." % (SD["afm"], C.iban_fmt(SD["iban"])),
         "Η βεβαίωση εκδίδεται κατόπιν αιτήσεως της εταιρείας για κάθε νόμιμη χρήση."],
        [["Εθνική Τράπεζα της Ελλάδος Α.Ε."], ["Κατάστημα 225 Καλοχωρίου"], ["Ψηφιακά υπογεγραμμένο έγγραφο"]],
        pdf_date(m.at(-7200), "GR"), producer="NBG e-Documents", creator="NBG", author="NBG",
        signature=["Για την Εθνική Τράπεζα της Ελλάδος", "(ψηφιακή υπογραφή)"])
    alt_part = outlook_alt(m, paras, "el", charset="windows-1253", quotes=[q])
    body = mixed(m, [alt_part, outlook_attachment(pdfdata, "application/pdf", "Vevaiosi_IBAN_ETE_SIDMET.pdf", m)])
    r = sd_relay(m, "LOGIST-PC2", "192.168.1.34")
    return m.finish(r, body, "RE: Επικαιροποίηση στοιχείων προμηθευτή – βεβαίωση IBAN", auth=dict(spf="pass", dmarc="none"))


@business("35-el-ypen-hma-ypenthymisi-ekthesis.eml",
          "The ministry's waste register (ΗΜΑ) reminds that the annual waste-producer report for 2026 can be filed "
          "from 2 Jan to 28 Feb 2027 with the company's TAXISnet codes in the ΗΜΑ application",
          "Sent by the ministry's relay for ypen.gov.gr (authentication passes); no deadline pressure, states "
          "explicitly that no action is needed via the e-mail and that credentials are entered only in the application",
          pair=("35-el-hma-taxisnet-ypenthymisi.eml",
                "Both are ΗΜΑ reminders about the annual report; the fake wants TAXISnet credentials via a link"))
def b35(m):
    m.when("2026-12-01 09:00:07", "GR").sender("Ηλεκτρονικό Μητρώο Αποβλήτων", "hma-noreply@ypen.gov.gr")
    m.recipients([staff("om_gr", native=True)])
    paras = ["Αξιότιμη επιχείρηση,",
             "σας υπενθυμίζουμε ότι η υποβολή της Ετήσιας Έκθεσης Παραγωγού Αποβλήτων για το έτος αναφοράς 2026 "
             "(ΑΦΜ %s) θα είναι δυνατή από 02/01/2027 έως 28/02/2027." % AFM,
             "Η υποβολή γίνεται αποκλειστικά μέσα από την εφαρμογή του ΗΜΑ (https://wrm.ypeka.gr), στην οποία "
             "συνδέεστε με τους κωδικούς TAXISnet της επιχείρησης. Το παρόν μήνυμα είναι ενημερωτικό και δεν απαιτεί "
             "καμία ενέργεια μέσω συνδέσμων ή απάντηση.",
             "Οδηγίες και συχνές ερωτήσεις: https://ypen.gov.gr/perivallon/anakyklosi-apovlita/",
             "Υπουργείο Περιβάλλοντος και Ενέργειας\nΓενική Διεύθυνση Διαχείρισης Αποβλήτων\nΗλεκτρονικό Μητρώο Αποβλήτων"]
    text = "\n\n".join(paras) + "\n"
    body = text_part(text, "plain", "UTF-8", "base64")
    r = S.postfix_submit(m, "mailgw.ypen.gov.gr", "83.212.72.118", "hma-app02.ypen.local", "10.12.4.22", mua="script",
                         auth=False, dkim_sel="ypen2024", mailer="HMA Notification Service",
                         system="ministry mail gateway mailgw.ypen.gov.gr (application-generated)", hdr_charset="UTF-8", hdr_enc="B")
    return m.finish(r, body, "ΗΜΑ – Υπενθύμιση υποβολής Ετήσιας Έκθεσης Παραγωγού Αποβλήτων έτους 2026",
                    auth=dict(spf="pass", dmarc="reject"))


@business("36-el-eleni-esoteriko-pliromi-sidmet.eml",
          "Greek office manager (internal, cc CFO) tells the accountant that invoice Α-1874 was approved in Duisburg "
          "and must be paid tonight to ΣΙΔΗΜΕΤ's known account from the vendor master, not to any new one",
          "Internal mail via the internal relay; urgency but with approval trail, second signature by the office "
          "manager in e-banking, explicit warning against changed bank details",
          pair=("36-el-bec-eleni-proton-prokatavoli.eml",
                "Both are 'Eleni asks Giorgos to pay today'; the genuine one is internal with approval and the known "
                "payee, the fake is from proton.me with a secret new payee"))
def b36(m):
    m.when("2026-11-12 13:20:33", "GR").sender(*staff("om_gr", native=True))
    m.recipients([staff("acc_gr", native=True)], [staff("cfo")])
    m.phone("+30 2310 795 140")
    paras = ["Γιώργο,",
             "η Sabine ενέκρινε σήμερα την πληρωμή του τιμολογίου Α-1874 της ΣΙΔΗΜΕΤ (18.240,00 €). Βάλ' το στην "
             "αποψινή δέσμη πληρωμών, στον γνωστό λογαριασμό τους στην Εθνική όπως είναι στο μητρώο προμηθευτών του "
             "ERP – όχι σε κανέναν καινούργιο, ακόμα κι αν σου έρθει κάποιο e-mail για αλλαγή.",
             "Τη δεύτερη υπογραφή στο e-banking θα τη βάλω εγώ μέχρι τις 17:00.",
             "Sabine, FYI: payment of SIDMET invoice A-1874 goes out tonight to the account on file.",
             "Ευχαριστώ,\nΕλένη",
             "Ελένη Παπαδοπούλου\nOffice Manager\nExample Metals Hellas Μ.Α.Ε.\nΒΙ.ΠΕ. Σίνδου, 57022 Σίνδος\nΤηλ. +30 2310 795 140"]
    paras = [p.replace("–", "-") for p in paras]
    body = outlook_alt(m, paras, "el", charset="iso-8859-7")
    r = S.exchange_internal(m, client_ip="10.41.1.12", server="EXCH01", lang="el-GR", accept="el-GR, en-US")
    return m.finish(r, body, "Πληρωμή ΣΙΔΗΜΕΤ Α-1874 - εγκρίθηκε από Duisburg")
