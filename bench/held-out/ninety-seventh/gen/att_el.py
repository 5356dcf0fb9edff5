"""Attack messages, Greek (5)."""
import hops
import ids
from assets import pdf_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, simple_html, esc


def m32():
    link = "https://aade-mydata-gov.com/taxisnet/login?afm=801447213&ref=OCT2026"
    text = """Αξιότιμε/η φορολογούμενε,

σας ενημερώνουμε ότι κατά την αυτόματη διασταύρωση των δεδομένων της ψηφιακής πλατφόρμας myDATA εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάσατε και των αντίστοιχων εξόδων που χαρακτήρισαν οι αντισυμβαλλόμενοί σας για τον μήνα Οκτώβριο 2026.

Επωνυμία: EXAMPLE GROUP HELLAS Μ.Α.Ε.
Αριθμός παραστατικών με απόκλιση: 14
Συνολική καθαρή αξία: 23.418,60 €

Για την αποφυγή επιβολής προστίμου σύμφωνα με το άρθρο 54 του ν. 4174/2013 (ΚΦΔ), παρακαλούμε να συνδεθείτε με τους κωδικούς σας TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τις εγγραφές έως τις 12/11/2026.

%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % link
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a"><table width="620" align="center" cellpadding="18">'
            '<tr><td style="background:#003476;color:#fff;font-size:17px;font-weight:bold">ΑΑΔΕ &middot; myDATA</td></tr><tr><td>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:4])
            + '<p><a href="%s" style="background:#003476;color:#fff;padding:10px 18px;text-decoration:none">Σύνδεση στο myDATA</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[5:])
            + "</td></tr></table></body></html>")
    inf = hops.sendgrid(ip="149.72.211.58", rdns="xvtqmrnd.outbound-mail.sendgrid.net")
    return Mail("aade-mydata-apokliseis", "el", local(2026, 11, 4, 10, 18, "GR"),
                ("ΑΑΔΕ - myDATA", "notifications@aade-mydata-gov.com"), [S("gr_acc")],
                "Ειδοποίηση: Αποκλίσεις σε διαβιβασθέντα παραστατικά myDATA - Οκτώβριος 2026", inf,
                Body(plain=text, html=html, charset="utf-8", cte="base64"),
                hdr_cs="utf-8", hdr_enc="B", hdr_label="UTF-8",
                what="Tax-authority credential phishing: fake AADE myDATA notice about mismatched invoices, asking to log in with TAXISnet credentials.",
                why="AADE mails from aade.gr; this is aade-mydata-gov.com via SendGrid; the 'Σύνδεση' link collects TAXISnet credentials (used for tax and payroll filings); fine threat under the Tax Procedure Code and a short deadline.")


def m33():
    text = """Καλημέρα σας κυρία Γεωργίου,

σας ενημερώνουμε ότι λόγω ελέγχου που διενεργείται από την Εθνική Τράπεζα στους εταιρικούς μας λογαριασμούς, ο λογαριασμός μας είναι προσωρινά δεσμευμένος για εισερχόμενες πληρωμές.

Παρακαλούμε η εξόφληση των ανοιχτών τιμολογίων (ΤΠΥ 2026/0871 και ΤΠΥ 2026/0904, σύνολο 12.964,80 €) καθώς και οι επόμενες πληρωμές να γίνονται στον νέο μας λογαριασμό:

Τράπεζα: Alpha Bank
Δικαιούχος: ATTICA PROTECT Α.Ε.
IBAN: %s

Σας παρακαλώ να μας στείλετε το αποδεικτικό μόλις γίνει η κατάθεση, ώστε να προχωρήσουμε την παράδοση των χειμερινών στολών και των αλεξίσφαιρων γιλέκων για το λιμάνι του Πειραιά.

Με εκτίμηση,

Γιώργος Μακρής
Υπεύθυνος Πωλήσεων
Attica Protect Α.Ε.
Λεωφ. Αθηνών 112, 104 42 Αθήνα
""" % fmt_iban(ids.ATTICA_MULE)
    inf = hops.postfix_host("VPS Contabo", "mail.attica-protect.gr", "vmi1873340.contaboserver.net", "194.163.171.90",
                            "mail.attica-protect.gr", submit_from="unknown", submit_ip="91.132.137.41",
                            mailer=("X-Mailer", "Microsoft Outlook 16.0"), bstyle="outlook_desktop",
                            msgid_fn=lambda ctx: "<000001db%s$%s$%s$@attica-protect.gr>" % tuple("".join(ctx.rng.choice("0123456789abcdef") for _ in range(n)) for n in (4, 8, 8)),
                            desc="Postfix on a Contabo VPS for the look-alike domain attica-protect.gr, forged Outlook X-Mailer")
    return Mail("attica-protect-iban-lookalike", "el", local(2026, 11, 11, 11, 6, "GR"),
                ("Γιώργος Μακρής", "g.makris@attica-protect.gr"), [S("gr_acc")],
                "Αλλαγή τραπεζικού λογαριασμού - Attica Protect Α.Ε.", inf,
                Body(plain=text, html=outlook_html(text, lang="EL"), charset="windows-1253", cte="quoted-printable"),
                cc=[S("gr_mgr")], hdr_cs="windows-1253", hdr_enc="B", hdr_label="windows-1253",
                what="Supplier bank-detail change from a look-alike of Attica Protect (attica-protect.gr instead of atticaprotect.gr) asking to pay 12,964.80 EUR to a new Alpha Bank IBAN.",
                why="Hyphenated look-alike domain on a Contabo VPS with forged Outlook X-Mailer; 'account frozen by the bank', requests proof of payment, ties the payment to delivery of uniforms and vests; IBAN differs from the one on genuine Attica Protect invoices.")


def m34():
    link = "https://acs-courier-delivery.gr/track/7204471863/pay?fee=1.99"
    text = """ACS Courier

Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7204 4718 63 βρίσκεται σε αναμονή στο κατάστημα Χαλανδρίου λόγω ελλιπών στοιχείων διεύθυνσης.

Για να προγραμματιστεί νέα επίδοση, επιβεβαιώστε τη διεύθυνση παράδοσης και εξοφλήστε το τέλος επαναδρομολόγησης (1,99 €) μέσα σε 48 ώρες:

%s

Μετά την πάροδο της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

Ευχαριστούμε,
Εξυπηρέτηση Πελατών ACS
""" % link
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="18">'
            '<tr><td style="background:#e30613;color:#fff;font-size:20px;font-weight:bold">ACS Courier</td></tr><tr><td>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[1:4])
            + '<p><a href="%s" style="background:#e30613;color:#fff;padding:10px 18px;text-decoration:none">Επιβεβαίωση και πληρωμή 1,99 €</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[5:])
            + "</td></tr></table></body></html>")
    inf = hops.brevo(ip="185.41.28.122")
    return Mail("acs-courier-telos", "el", local(2026, 12, 14, 13, 55, "GR"),
                ("ACS Courier", "info@acs-courier-delivery.gr"), [S("gr_mgr")],
                "Η αποστολή 7204 4718 63 βρίσκεται σε αναμονή - απαιτείται επιβεβαίωση", inf,
                Body(plain=text, html=html, charset="iso-8859-7", cte="quoted-printable"),
                hdr_cs="iso-8859-7", hdr_enc="B", hdr_label="iso-8859-7",
                what="Courier fee phishing: fake ACS Courier notice that a parcel is held and a 1.99 EUR re-delivery fee must be paid.",
                why="ACS does not use acs-courier-delivery.gr; sent through Brevo; small-fee pretext leads to a card-data and 3-D Secure capture page; 48-hour threat. Classic parcel-fee phishing in the Greek market.")


def m35():
    phone = "210 371 8442"
    text = """Αγαπητέ πελάτη,

καταχωρίστηκε εντολή εξερχόμενου εμβάσματος από τον εταιρικό σας λογαριασμό μέσω e-Banking:

Ποσό: 4.850,00 €
Δικαιούχος: PAYTRANS SOLUTIONS UAB (Λιθουανία)
Ημερομηνία εκτέλεσης: 09/12/2026

Η εντολή θα εκτελεστεί αυτόματα σήμερα στις 17:00. Εάν δεν αναγνωρίζετε τη συναλλαγή, καλέστε άμεσα το Τμήμα Ασφαλείας Συναλλαγών στο %s (24/7) για να ακυρωθεί. Αναφέρετε τον κωδικό υπόθεσης EB-7718-2204.

Για λόγους ασφαλείας μην απαντήσετε σε αυτό το μήνυμα και μην προωθήσετε την ειδοποίηση.

Eurobank
Τμήμα Ασφαλείας Συναλλαγών
""" % phone
    pdf = pdf_att("Ειδοποίηση_Συναλλαγής_EB-7718-2204.pdf", [
        "Eurobank - Ειδοποίηση Συναλλαγής", "",
        "Κωδικός υπόθεσης: EB-7718-2204",
        "Είδος: Εξερχόμενο έμβασμα SEPA",
        "Ποσό: 4.850,00 EUR",
        "Δικαιούχος: PAYTRANS SOLUTIONS UAB",
        "Κατάσταση: Σε αναμονή έγκρισης", "",
        "Αν δεν αναγνωρίζετε τη συναλλαγή καλέστε: " + phone, "(Τμήμα Ασφαλείας, 24 ώρες)"],
        title="Ειδοποίηση Συναλλαγής", author="", creator="Canva", producer="Canva")
    inf = hops.outlook_com(obe_host="mail-am6eur05olkn2044.outbound.protection.outlook.com", ip="40.92.60.44",
                           srv="DU2P194MB2231", pod="EURP194.PROD.OUTLOOK.COM", lang="el-GR")
    return Mail("trapeza-callback-toad", "el", local(2026, 12, 9, 9, 41, "GR"),
                ("Eurobank - Τμήμα Ασφαλείας", "eurobank.asfaleia.synallagon@hotmail.com"), [S("gr_mgr")],
                "Επιβεβαίωση εξερχόμενου εμβάσματος 4.850,00 €", inf,
                Body(plain=text, charset="iso-8859-7", cte="base64"), atts=[pdf],
                hdr_cs="iso-8859-7", hdr_enc="B", hdr_label="iso-8859-7",
                what="Callback phishing (TOAD): 'Eurobank security' reports a pending 4,850 EUR transfer and asks to call a phone number to cancel it; PDF repeats the number.",
                why="Bank alert from a hotmail.com address; no link or malware, only a phone number that is not the bank's - the call leads to social engineering (remote-access tool, OTP disclosure); urgency ('executed today at 17:00'), 'do not forward'.")


def m36():
    link = "https://examplegroup-mail.com/owa/auth/logon.aspx?replaceCurrent=1&url=https%3a%2f%2fmail.example.com%2fowa&u=eleni.georgiou"
    text = """Αγαπητή Ελένη Γεωργίου,

ο κωδικός πρόσβασης του λογαριασμού eleni.georgiou@example.com λήγει σήμερα, 25/11/2026, σύμφωνα με την πολιτική ασφαλείας του ομίλου.

Μπορείτε να διατηρήσετε τον τρέχοντα κωδικό σας για άλλες 90 ημέρες επιβεβαιώνοντάς τον παρακάτω:

Διατήρηση τρέχοντος κωδικού: %s

Εάν δεν ενεργήσετε, η πρόσβαση στο ηλεκτρονικό ταχυδρομείο, στο Teams και στο VPN θα απενεργοποιηθεί στις 18:00.

Example Group IT
Υποστήριξη Χρηστών
""" % link
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:\'Segoe UI\',Arial,sans-serif;font-size:14px"><div style="max-width:560px;border:1px solid #ddd;padding:24px">'
            '<p style="font-size:18px;color:#0078d4">Example Group &middot; Microsoft 365</p>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:3])
            + '<p><a href="%s" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">Διατήρηση τρέχοντος κωδικού</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[4:])
            + "</div></body></html>")
    inf = hops.ses(region="eu-central-1", ip="69.169.224.5")
    inf.helo = inf.rdns = "e224-5.smtp-out.eu-central-1.amazonses.com"
    inf.desc = "Amazon SES (eu-central-1) account verified for examplegroup-mail.com"
    return Mail("kodikos-lixi-m365", "el", local(2026, 11, 25, 8, 33, "GR"),
                ("Example Group IT", "it-support@examplegroup-mail.com"), [S("gr_acc")],
                "Ο κωδικός πρόσβασης του λογαριασμού σας λήγει σήμερα", inf,
                Body(plain=text, html=html, charset="iso-8859-7", cte="quoted-printable"),
                hdr_cs="iso-8859-7", hdr_enc="B", hdr_label="ISO-8859-7",
                what="Internal-IT impersonation: 'password expires today, keep current password' with a link to an OWA look-alike.",
                why="'Example Group IT' from examplegroup-mail.com through Amazon SES, not the internal relay; OWA login page on the look-alike domain; 'keep current password' lure with same-day deadline. Example Group IT never sends password notices from external domains; its notices come through mail-int01 and say the opposite (see genuine IT notice).")


def messages():
    return [m32(), m33(), m34(), m35(), m36()]
