"""Greek attack messages (32-36)."""
import checkdigits as cd
from company import S
from common import qr_inline
from infra import TLS12, TLS13

AFM_EG = cd.gr_afm("80014733")
FAKE_GR = cd.iban_gr("026", "0318", "0000710200847316")          # Eurobank


def messages():
    M = []
    # ----------------------------------------------------------------- 32
    md_link = "https://mydata-aade-gov.gr.elegxos-asymfonion.com/login?afm=%s&p=2026Q3" % AFM_EG
    M.append(dict(
        slug="aade-mydata-asymfonies",
        date="2026-11-18 09:05:41", zone="GR",
        frm=("ΑΑΔΕ – myDATA", "enimerosi@aade-mydata-gov.gr"),
        to=[S("gr_acc", native=True)],
        subject="Ασυμφωνίες παραστατικών myDATA – Απαιτείται ενέργεια έως 27/11/2026",
        via="brevo",
        charset="iso-8859-7", cte="base64", html="brand", html_cte="base64",
        brand=dict(name="ΑΑΔΕ", color="#003476", logo_text="ΑΑΔΕ · Ανεξάρτητη Αρχή Δημοσίων Εσόδων",
                   button=("Είσοδος στο myDATA", md_link),
                   footer="Ανεξάρτητη Αρχή Δημοσίων Εσόδων – Καρ. Σερβίας 10, 101 84 Αθήνα\nΤο μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε."),
        text="""Αξιότιμε/η κύριε/κυρία,

Σας ενημερώνουμε ότι από τη διασταύρωση των δεδομένων της ηλεκτρονικής πλατφόρμας myDATA διαπιστώθηκαν 14 ασυμφωνίες μεταξύ των παραστατικών εσόδων που διαβίβασε η επιχείρησή σας **EXAMPLE GROUP HELLAS Μ.Α.Ε.** (ΑΦΜ %s) και των αντίστοιχων παραστατικών των αντισυμβαλλομένων σας για την περίοδο Ιουλίου – Σεπτεμβρίου 2026.

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διόρθωση των ασυμφωνιών εντός της προθεσμίας συνεπάγεται την επιβολή προστίμου για κάθε παραστατικό.

Για να δείτε τις ασυμφωνίες και να υποβάλετε τα διορθωτικά στοιχεία, συνδεθείτε με τους κωδικούς TAXISnet έως τις **27/11/2026**:

[[Είσοδος στο myDATA|%s]]

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
Ανεξάρτητη Αρχή Δημοσίων Εσόδων""" % (AFM_EG, md_link),
        what="Tax-authority credential phishing: fake AADE myDATA 'invoice mismatches' notice asking to sign in with TAXISnet credentials.",
        why="Sender domain aade-mydata-gov.gr is not aade.gr/gov.gr, sent through Brevo; link host mydata-aade-gov.gr.elegxos-asymfonion.com is a sub-domain trick on a foreign domain; fine threat and deadline. The accountant's genuine myDATA note (business 32) asks for no login.",
    ))
    # ----------------------------------------------------------------- 33
    acs_link = "https://acs-courier-paradosi.com/gr/epanapostoli?voucher=7284119530"
    M.append(dict(
        slug="acs-courier-telos-epanapostolis",
        date="2026-10-28 11:48:02", zone="GR",
        frm=("ACS Courier", "info@acs-courier-paradosi.com"),
        to=[S("gr_mgr", native=True)],
        subject="ACS: Η αποστολή 7284119530 δεν παραδόθηκε – επιβεβαίωση διεύθυνσης",
        via="cpanel", via_opts=dict(server="gr-srv42.thessweb-hosting.gr", ip="185.138.42.67", client="phpmailer",
                                     public_ip="185.138.42.67"),
        charset="windows-1253", cte="quoted-printable", html="brand",
        brand=dict(name="ACS Courier", color="#e30613", button=("Προγραμματισμός παράδοσης", acs_link),
                   footer="ACS Courier – Εξυπηρέτηση Πελατών\nΜην απαντάτε σε αυτό το μήνυμα."),
        text="""Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό **7284119530** δεν κατέστη δυνατό να παραδοθεί σήμερα λόγω ελλιπούς διεύθυνσης παραλήπτη (λείπει ο αριθμός οδού).

Για να προγραμματίσετε εκ νέου την παράδοση, επιβεβαιώστε τα στοιχεία σας και καταβάλετε τα τέλη επαναποστολής ύψους 1,45 € έως τις 30/10/2026. Μετά την ημερομηνία αυτή η αποστολή επιστρέφεται στον αποστολέα.

[[Προγραμματισμός παράδοσης|%s]]

Ευχαριστούμε που επιλέξατε την ACS.""" % acs_link,
        what="Courier phishing: fake ACS 'undeliverable parcel' notice with a 1.45 EUR re-delivery fee.",
        why="Domain acs-courier-paradosi.com is not ACS (acscourier.net), sent by PHPMailer from a hacked hosting account; small-fee pretext for card theft; return-to-sender threat.",
    ))
    # ----------------------------------------------------------------- 34
    M.append(dict(
        slug="makedonia-dairy-lookalike-iban",
        date="2026-12-02 12:19:33", zone="GR",
        frm=("Νίκος Αντωνίου", "n.antoniou@makedonia-dairy.com"),
        to=[S("gr_acc", native=True)],
        subject="Νέος τραπεζικός λογαριασμός – Γαλακτοκομικά Μακεδονίας Α.Ε.",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mail.makedonia-dairy.com", "vmi2417730.contaboserver.net", "194.163.150.22"),
                      sub_host="mail.makedonia-dairy.com", public_ip="41.216.183.52", zone="GR"),
        charset="utf-8", cte="8bit", html="auto", clang="el",
        text="""Καλημέρα κα Γεωργίου,

Σας ενημερώνουμε ότι λόγω μεταφοράς της τραπεζικής μας συνεργασίας στη Eurobank, ο λογαριασμός μας στην Εθνική Τράπεζα κλείνει στο τέλος του μήνα και δεν δέχεται πλέον εισερχόμενα εμβάσματα.

Παρακαλούμε η εξόφληση των τιμολογίων Νοεμβρίου (ΤΔΑ 4418, 4431 και 4452 – σύνολο 21.384,60 €) να γίνει στον νέο λογαριασμό:

Τράπεζα: Eurobank Ergasias
IBAN: %s
Δικαιούχος: ΓΑΛΑΚΤΟΚΟΜΙΚΑ ΜΑΚΕΔΟΝΙΑΣ Α.Ε.

Η επιστολή με τη σφραγίδα της εταιρείας θα σας αποσταλεί ταχυδρομικά. Θα σας παρακαλούσα να μου επιβεβαιώσετε με email όταν ενημερώσετε τα στοιχεία και να μου στείλετε το αποδεικτικό της πληρωμής. Αυτές τις μέρες είμαι σε περιοδεία πελατών και δεν απαντώ εύκολα στο τηλέφωνο.

Με εκτίμηση,
Νίκος Αντωνίου
Τμήμα Πωλήσεων
Γαλακτοκομικά Μακεδονίας Α.Ε.
ΒΙ.ΠΕ. Σίνδου, 570 22 Θεσσαλονίκη""" % cd.iban_fmt(FAKE_GR),
        what="Supplier bank-change fraud from the look-alike domain makedonia-dairy.com (genuine: makedonia-dairy.gr), quoting the real November invoices.",
        why="Look-alike .com domain on a Contabo VPS, submitted from an African IP; switch to a new account 'because the old one no longer accepts payments'; e-mail-only confirmation, phone avoided; the invoice numbers were taken from a compromised mailbox upstream. The genuine invoice mail (business 34) keeps the NBG account and states that changes come only by letter and phone.",
    ))
    # ----------------------------------------------------------------- 35
    qr_url = "https://ergani-kartaergasias.gr/epalithefsi/?afm=%s&sid=7741-2026" % AFM_EG
    M.append(dict(
        slug="ergani-karta-ergasias-qr",
        date="2026-11-27 08:02:26", zone="GR",
        frm=("ΕΡΓΑΝΗ ΙΙ – Ψηφιακή Κάρτα Εργασίας", "noreply@ergani-kartaergasias.gr"),
        to=[S("gr_mgr", native=True)],
        subject="Ψηφιακή Κάρτα Εργασίας: εκκρεμής επαλήθευση εργοδότη – κίνδυνος προστίμου",
        via="smtp_client",
        via_opts=dict(client="phpmailer", out=("mail.ergani-kartaergasias.gr", "unknown", "91.92.246.113"),
                      sub_style="local", sub_host="mail.ergani-kartaergasias.gr", zone="GR", tls=TLS12),
        charset="iso-8859-7", cte="quoted-printable", html="brand",
        brand=dict(name="ΕΡΓΑΝΗ ΙΙ", color="#0d5c91",
                   footer="Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης – Πληροφοριακό Σύστημα ΕΡΓΑΝΗ ΙΙ\nΑυτόματο μήνυμα – μην απαντάτε."),
        text="""Αξιότιμε κύριε Παπαδόπουλε,

Ο λογαριασμός εργοδότη της επιχείρησης EXAMPLE GROUP HELLAS Μ.Α.Ε. (ΑΦΜ %s) στο σύστημα της Ψηφιακής Κάρτας Εργασίας δεν έχει ολοκληρώσει την υποχρεωτική επαλήθευση στοιχείων εργοδότη.

Χωρίς επαλήθευση έως 30/11/2026, οι δηλώσεις έναρξης και λήξης βάρδιας των εργαζομένων σας δεν θα καταχωρούνται και η επιχείρηση θα θεωρείται μη συμμορφούμενη, με πρόστιμο 10.500 € ανά εργαζόμενο.

Η επαλήθευση γίνεται μόνο από κινητό μέσω της εφαρμογής ERGANI Mobile: σαρώστε τον κωδικό QR με την κάμερα του κινητού σας και συνδεθείτε με τους κωδικούς TAXISnet του νόμιμου εκπροσώπου.

Με εκτίμηση,
Ομάδα Υποστήριξης ΕΡΓΑΝΗ ΙΙ""" % AFM_EG,
        inline=[qr_inline(qr_url, "qr-epalithefsi@ergani-kartaergasias.gr", "ergani_qr.png")],
        what="Quishing against the Greek digital work-card obligation: fake ERGANI II 'employer verification' that must be done by scanning a QR code and logging in with TAXISnet credentials.",
        why="ERGANI does not e-mail QR codes from ergani-kartaergasias.gr (server without reverse DNS, PHPMailer); QR decodes to a non-gov.gr host; large fine per employee as pressure; moves the login to the phone where URL filtering is absent. Compare the manager's genuine reminder in business 35.",
    ))
    M[-1]["html"] = _qr_html(M[-1])
    # ----------------------------------------------------------------- 36
    ef_link = "https://partner-efood-gr.com/portal/verify-payout?store=EGH-TSIM-01"
    M.append(dict(
        slug="efood-partner-payout",
        date="2026-12-03 16:25:18", zone="GR",
        frm=("efood Partners", "partners@efood-partner-support.com"),
        to=[S("gr_mgr", native=True)],
        subject="Οι πληρωμές του καταστήματός σας έχουν ανασταλεί – επαλήθευση IBAN εντός 24 ωρών",
        via="mailgun", via_opts=dict(mg_domain="mg.efood-partner-support.com"),
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="efood Partners", color="#ed2e2e", button=("Επαλήθευση στοιχείων πληρωμής", ef_link),
                   footer="efood – Partner Support\nΛαμβάνετε αυτό το μήνυμα ως συνεργάτης της efood."),
        text="""Γεια σας,

Η εκκαθάριση των πληρωμών Νοεμβρίου για τα καταστήματα **Example Bakery Café Τσιμισκή** και **Example Bakery Café Καλαμαριά** έχει τεθεί σε αναμονή, επειδή απέτυχε η αυτόματη επαλήθευση του τραπεζικού λογαριασμού (IBAN) που έχετε δηλώσει.

Για να μην απενεργοποιηθούν τα καταστήματα στην εφαρμογή κατά την περίοδο των εορτών, συνδεθείτε στο Partner Portal εντός 24 ωρών και επιβεβαιώστε τα στοιχεία πληρωμής:

[[Επαλήθευση στοιχείων πληρωμής|%s]]

Ευχαριστούμε,
Ομάδα efood Partners""" % ef_link,
        what="Trade-portal phishing: fake efood partner notice that payouts are suspended and the stores will be delisted unless the payout IBAN is 'verified' within 24 hours.",
        why="Sender domain efood-partner-support.com is not efood.gr, sent through Mailgun; the link collects partner-portal credentials and lets the attacker change the payout IBAN; 24-hour deadline before the holiday season. The genuine efood partner newsletter (business 36) comes from efood.gr.",
    ))
    return M


def _qr_html(spec):
    from mime import html_brand
    cid = spec["inline"][0].cid
    h = html_brand(spec["text"], spec["charset"], spec["brand"]["name"], spec["brand"]["color"], None,
                   spec["brand"]["footer"], None, "el")
    img = ('<p style="text-align:center;margin:18px 0"><img src="cid:%s" width="230" '
           'height="230" alt="QR"></p>' % cid)
    marker = "TAXISnet του νόμιμου εκπροσώπου.</p>"
    assert marker in h
    return h.replace(marker, marker + "\n" + img, 1)
