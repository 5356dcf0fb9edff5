"""Attack messages, Greek (32-36)."""
from common import *
import threads

F = "attack"
AFM_EX = "801573428"   # Example Hellas


@message(F, "el", "aade-mydata-mark-taxisnet-phish",
         "Tax-authority phishing: 'ΑΑΔΕ – myDATA' claims 14 sales invoices have no ΜΑΡΚ and threatens a 5% fine per document; link to a fake TAXISnet login; via Amazon SES",
         "ΑΑΔΕ does not send such notices from aade-mydata-gov.gr.com via SES; TAXISnet login is only on aade.gr/gsis.gr; link points to a "
         "look-alike host; fine and deadline as pressure. Compare business/33 (the external accountant's genuine myDATA reconciliation).")
def a32():
    r = rng("a32")
    t = timez.local("gr", 2026, 11, 5, 8, 40, 22)
    rcpt = "eleni.konstantinou@example.com"
    frm_addr = "noreply@aade-mydata-gov.gr.com"
    s = infra.ses(r, t, rcpt, tz="gr")
    link = f"https://www1.aade-mydata-gov.gr.com/taxisnet/mydata/login?afm={AFM_EX}&ref=MARK-1126"
    plain = f"""ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ηλεκτρονικά Βιβλία myDATA

Αξιότιμε/η κύριε/κυρία,

Κατά τον αυτοματοποιημένο έλεγχο διασταύρωσης των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για την επιχείρηση EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (Α.Φ.Μ. {AFM_EX}) εντοπίστηκαν 14 παραστατικά πωλήσεων του μηνός Οκτωβρίου 2026 για τα οποία δεν έχει εκδοθεί Μοναδικός Αριθμός Καταχώρισης (ΜΑΡΚ).

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση παραστατικών επισύρει πρόστιμο ίσο με το 5% της αξίας κάθε παραστατικού.

Παρακαλούμε να επιβεβαιώσετε ή να διορθώσετε τα στοιχεία έως τις 15/11/2026 μέσω της εφαρμογής, με τους κωδικούς TAXISnet της επιχείρησης:
{link}

Το μήνυμα αποστέλλεται αυτόματα. Παρακαλούμε μην απαντάτε.
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:620px;border:1px solid #cfd8e3">
<div style="background:#003476;color:#fff;padding:14px 18px"><b>ΑΑΔΕ</b> &middot; Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br><span style="font-size:12px">Ηλεκτρονικά Βιβλία myDATA</span></div>
<div style="padding:18px;font-size:14px">{p_html(plain.split(chr(10)+chr(10), 1)[1]).replace(link.replace('&', '&amp;'), '<a href="' + link.replace('&', '&amp;') + '">Είσοδος στο myAADE με κωδικούς TAXISnet</a>')}</div></div>""", "el", charset="iso-8859-7")
    root = Multi("alternative", [Text(plain, "plain", "iso-8859-7", "quoted-printable"), Text(html, "html", "iso-8859-7", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"0102019{rstr(r, HEX, 9)}-{rstr(r, HEX, 8)}-000000@eu-west-1.amazonses.com")] + s["trace"] + H(
        ("From", A("ΑΑΔΕ - myDATA", frm_addr, "iso-8859-7", "B")),
        ("To", rcpt),
        ("Subject", SUBJ("myDATA: Εκκρεμεί διαβίβαση 14 παραστατικών - επιβεβαίωση έως 15/11/2026", "iso-8859-7", "B")),
        ("Date", s["date"]),
        ("Message-ID", s["mid"]),
    ) + s["xh"]
    return hdr, root


@message(F, "el", "acs-courier-xrewsi-karta",
         "Courier/card phishing: 'ACS Courier' says shipment 7304912588 is on hold until a 1.85 EUR redelivery fee is paid; from a compromised Greek cPanel account",
         "ACS does not collect fees via e-mail links; sender is the authenticated mailbox of an unrelated Greek shop, link to acs-paradosi.com "
         "(look-alike), small amount to capture card data.")
def a33():
    r = rng("a33")
    t = timez.local("gr", 2026, 12, 7, 13, 12, 51)
    rcpt = "giorgos.papadopoulos@example.com"
    frm_addr = "info@kosmimata-eleftheria.gr"
    s = infra.cpanel_exim(r, t, rcpt, "cp41.grserver.gr", "185.138.42.41", frm_addr, "45.88.97.206", tz="gr")
    link = "https://acs-paradosi.com/gr/track/7304912588/pay"
    plain = f"""ACS Courier

Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7304912588 δεν μπορεί να παραδοθεί λόγω ελλιπών στοιχείων διεύθυνσης.

Για να επαναπρογραμματίσετε την παράδοση απαιτείται χρέωση 1,85 € (κόστος επαναποστολής). Εάν η πληρωμή δεν ολοκληρωθεί εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα.

Ολοκλήρωση πληρωμής: {link}

Ευχαριστούμε που επιλέξατε την ACS.
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:560px;border:1px solid #ddd">
<div style="background:#ffd600;padding:12px 16px;font-size:22px;color:#222"><b>ACS</b> <span style="font-size:12px">Courier</span></div>
<div style="padding:16px">
<p>Αγαπητέ πελάτη,</p>
<p>η αποστολή σας με αριθμό <b>7304912588</b> δεν μπορεί να παραδοθεί λόγω ελλιπών στοιχείων διεύθυνσης.</p>
<p>Για να επαναπρογραμματίσετε την παράδοση απαιτείται χρέωση <b>1,85 €</b> (κόστος επαναποστολής). Εάν η πληρωμή δεν ολοκληρωθεί εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα.</p>
<p><a href="{link}" style="background:#222;color:#ffd600;padding:9px 18px;text-decoration:none">Πληρωμή 1,85 €</a></p>
<p>Ευχαριστούμε που επιλέξατε την ACS.</p></div></div>""", "el", charset="windows-1253")
    root = Multi("alternative", [Text(plain, "plain", "windows-1253", "quoted-printable"), Text(html, "html", "windows-1253", "quoted-printable")], phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("ACS Courier", frm_addr)),
        ("Subject", SUBJ("Η αποστολή σας 7304912588 βρίσκεται σε αναμονή", "windows-1253", "Q")),
        ("Message-ID", phpmailer_mid(r, "kosmimata-eleftheria.gr")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    ) + s["xh"]
    return hdr, root


@message(F, "el", "ceo-fraud-office-manager-lookalike",
         "Internal BEC: 'Γιώργος Παπαδόπουλος' (Thessaloniki office manager) from look-alike examplegroup-hellas.com asks the accountant for a same-day 38,600 EUR advance to a 'new Lithuanian supplier' at Revolut, secret and e-mail-only",
         "Look-alike domain on a VPS instead of mail-int01, new beneficiary not in the vendor master, foreign fintech IBAN, deadline, secrecy, "
         "'can't talk on the phone'. Compare business/34, Giorgos' genuine urgent payment request via the internal relay.")
def a34():
    r = rng("a34")
    t = timez.local("gr", 2026, 10, 16, 10, 25, 40)
    rcpt = "eleni.konstantinou@example.com"
    frm_addr = "giorgos.papadopoulos@examplegroup-hellas.com"
    s = infra.postfix_auth(r, t, rcpt, "mail.examplegroup-hellas.com", "vps-27ab14c0.vps.ovh.net", "51.178.66.140",
                           "mail.examplegroup-hellas.com", "94.131.98.44", frm_addr, tz="gr", client_helo="WIN-2H8QK1P")
    iban = fmt_iban(BANK["lt_fraud"])
    body = f"""Ελένη καλημέρα,

Είμαι σε σύσκεψη με τον κ. Boehm και τους νομικούς για τη συμφωνία που σου είχα αναφέρει με τον νέο προμηθευτή υαλοπινάκων από τη Λιθουανία. Πρέπει να γίνει σήμερα προκαταβολή 38.600 € για να κλειδώσουμε τις τιμές του 2027.

Δικαιούχος: Baltic Glass Trading UAB
IBAN: {iban}
BIC: REVOLT21

Σε παρακαλώ να την εκτελέσεις πριν τις 14:00 και να μου στείλεις το αποδεικτικό. Μην το συζητήσεις ακόμα με κανέναν στο γραφείο, η συμφωνία δεν έχει ανακοινωθεί. Δεν μπορώ να μιλήσω στο τηλέφωνο, απάντησέ μου εδώ.

Ευχαριστώ,
Γιώργος
"""
    root = Text(body, "plain", "windows-1253", "8bit")
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Γιώργος Παπαδόπουλος", frm_addr, "windows-1253", "B"), A("Ελένη Κωνσταντίνου", rcpt, "windows-1253", "B"),
        SUBJ("Επείγον - πληρωμή σήμερα", "windows-1253", "B"), "examplegroup-hellas.com", lang="el")
    return hdr, root


@message(F, "el", "thread-hijack-thermaikos-onedrive-blob",
         "Thread hijack from the genuinely compromised mailbox of Νίκος Αντωνίου (customer Θερμαϊκός, their own mail server): reply in the real offer thread with a 'OneDrive' link to revised glazing drawings hosted on an Azure blob container",
         "Real sender and thread, but the link points to thermaikosdocs.blob.core.windows.net (abused Azure storage hosting a Microsoft login "
         "page), not to OneDrive/SharePoint; the customer sent drawings as attachments before (business/32); vague text, evening send.")
def a35():
    r = rng("a35")
    t = timez.local("gr", 2026, 12, 1, 17, 50, 8)
    rcpt = "giorgos.papadopoulos@example.com"
    frm_addr = "n.antoniou@thermaikos-kat.gr"
    s = infra.postfix_auth(r, t, rcpt, "mail.thermaikos-kat.gr", "mail.thermaikos-kat.gr", "94.70.141.203",
                           "mail.thermaikos-kat.gr", "178.175.134.59", frm_addr, tz="gr", client_helo="PC-NIKOS")
    link = "https://thermaikosdocs.blob.core.windows.net/shared/OneDrive_Schedia_Ktirio_B_Rev3.html"
    quoted = """From: Νίκος Αντωνίου [mailto:n.antoniou@thermaikos-kat.gr]
Sent: Friday, November 13, 2026 10:40 AM
To: Γιώργος Παπαδόπουλος
Subject: RE: Προσφορά υαλοπινάκων - Έργο Καλαμαριά, κτίριο Β

Γιώργο καλημέρα,
σου στέλνω συνημμένο τον πίνακα υαλοστασίων (Rev2) του κτιρίου Β. Περιμένουμε την τελική προσφορά μέχρι την Τετάρτη.
Νίκος"""
    body = f"""Γιώργο καλησπέρα,

σου έχω ανεβάσει στο OneDrive τα αναθεωρημένα σχέδια υαλοστασίων (Rev3) με τις αλλαγές του μηχανικού στις διαστάσεις των ανοιγμάτων του 3ου και 4ου ορόφου. Είναι μεγάλο αρχείο και δεν περνάει ως συνημμένο.

Σχέδια_υαλοστασίων_Κτίριο_Β_Rev3.pdf
{link}

Ρίξε μια ματιά και επιβεβαίωσέ μου αν ισχύει η προσφορά ή αν αλλάζει κάτι.

Ευχαριστώ,
Νίκος Αντωνίου
Θερμαϊκός Κατασκευαστική Α.Ε.
Τμήμα Προμηθειών

{quoted}
"""
    html = html_wrap(f"""<div class="WordSection1">{p_html(body.split(quoted)[0]).replace(link, '<a href="' + link + '">Σχέδια_υαλοστασίων_Κτίριο_Β_Rev3.pdf</a>')}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">{p_html(quoted)}</div></div>""", "el", charset="iso-8859-7")
    root = Multi("alternative", [Text(body, "plain", "iso-8859-7", "quoted-printable"), Text(html, "html", "iso-8859-7", "quoted-printable")], infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Νίκος Αντωνίου", frm_addr, "iso-8859-7", "B"), A("Γιώργος Παπαδόπουλος", rcpt, "iso-8859-7", "B"),
        SUBJ("RE: Προσφορά υαλοπινάκων - Έργο Καλαμαριά, κτίριο Β", "iso-8859-7", "B"), "thermaikos-kat.gr",
        irt=threads.TH_REPLY, refs=f"{threads.TH_OFFER} {threads.TH_REPLY}", lang="el")
    return hdr, root


@message(F, "el", "piraeus-kyc-epikairopoiisi",
         "Bank credential phishing: 'Τράπεζα Πειραιώς' demands a KYC data update for business e-banking within 48 hours or the account will be restricted; via Mailgun",
         "Look-alike domain piraeusbank-enimerosi.com on a bulk ESP, link to a fake e-banking login, threat of account restriction; banks "
         "request KYC updates inside e-banking or in branch, not via e-mail links.")
def a36():
    r = rng("a36")
    t = timez.local("gr", 2026, 10, 21, 19, 30, 55)
    rcpt = "eleni.konstantinou@example.com"
    frm_addr = "enimerosi@piraeusbank-enimerosi.com"
    s = infra.mailgun(r, t, rcpt, "mg.piraeusbank-enimerosi.com", tz="gr", eu=False)
    link = "https://ebanking-piraeus.enimerosi-kyc.com/business/login?ref=KYC2026"
    plain = f"""Τράπεζα Πειραιώς

Αγαπητέ πελάτη,

Σύμφωνα με το νομοθετικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), οφείλουμε να επικαιροποιούμε περιοδικά τα στοιχεία των επιχειρηματικών πελατών μας.

Τα στοιχεία της επιχείρησής σας δεν έχουν επικαιροποιηθεί. Παρακαλούμε ολοκληρώστε τη διαδικασία εντός 48 ωρών μέσω του e-banking, διαφορετικά η πρόσβαση σε ηλεκτρονικές συναλλαγές θα περιοριστεί προσωρινά.

Επικαιροποίηση στοιχείων: {link}

Με εκτίμηση,
Τράπεζα Πειραιώς
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:600px;border:1px solid #ddd">
<div style="background:#fdb913;padding:14px 18px;font-size:19px;color:#0a2240"><b>Τράπεζα Πειραιώς</b></div>
<div style="padding:18px">{p_html(plain.split(chr(10)+chr(10), 1)[1]).replace(link, '<a href="' + link + '">Επικαιροποίηση στοιχείων</a>')}</div></div>""", "el", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "base64"), Text(html, "html", "utf-8", "base64")], s["bnd"]())
    hdr = [rp(f"bounce+2b7e.91c0-eleni.konstantinou=example.com@mg.piraeusbank-enimerosi.com")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Τράπεζα Πειραιώς", frm_addr, "utf-8", "B")),
        ("To", rcpt),
        ("Subject", SUBJ("Υποχρεωτική επικαιροποίηση στοιχείων επιχείρησης (KYC)", "utf-8", "B")),
        ("Message-Id", s["mid"]),
    ) + s["xh"]
    return hdr, root
