"""Greek genuine business messages (business/32-36)."""
from lib import *
import infra as I
from util import rfc2822, secs, alnum, postfix_qid

FOLDER = "business"


def _otenet():
    def hop(c):
        r = c["rng"]
        a, b2, c2 = r.randint(1, 250), r.randint(1, 250), r.randint(1, 250)
        return ["Received: from DESKTOP-%s (ppp-94-66-%d-%d.home.otenet.gr [94.66.%d.%d])\n\t(Authenticated sender: metaforiki.ve@otenet.gr)\n\tby mailout.otenet.gr (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            alnum(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), b2, c2, b2, c2, postfix_qid(r)[:11].upper(), c["rcpt"], rfc2822(secs(c["t"], 2), "GR"))]
    return I.outlook_desktop_pop(("mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.%d" % 31), hop, "otenet.gr", tz="GR")


def _b32():
    md = """Καλησπέρα κ. Παπαδόπουλε,

Σας στέλνω την παραγγελία για το Σαββατοκύριακο 14-15/11 (συνέδριο 240 ατόμων στο Aegeon Beach):

- Σεντόνια μονά: 300
- Μαξιλαροθήκες: 600
- Πετσέτες μπάνιου: 500
- Πετσέτες προσώπου: 500
- Τραπεζομάντιλα 140x140: 80

Επίσης, στην τελευταία παράδοση (δελτίο αποστολής 5512) αρκετές πετσέτες μπάνιου ήταν ακόμα νωπές και μύριζαν υγρασία. Σας παρακαλώ να το ελέγξετε με το εργοστάσιο, γιατί είχαμε παράπονα από πελάτες.

Ευχαριστώ,

Νίκος Δημητρίου
Executive Housekeeper
Aegeon Hotels - Χαλκιδική
Τηλ. 23750 412 80"""
    return M(n=32, lang="el", slug="aegeon-paraggelia-kai-parapono",
             infra=I.m365(tenant_srv="VI1P195MB0633", region="EURP195", outbound=("EUR02-VI1-obe", "mail-vi1eur02on2107", "40.107.241.107"), tz="GR"),
             date="2026-11-09 17:22:48", frm=("Νίκος Δημητρίου", "n.dimitriou@aegeonhotels.gr"), to=[S("giorgos.papadopoulos")],
             subject="Παραγγελία Σαββατοκύριακου 14-15/11 και παρατήρηση για πετσέτες",
             body=alt(md, "iso-8859-7", "quoted-printable", style="outlook", lang="EL"), accept_lang="el-GR, en-US", content_lang="el-GR",
             what="Genuine hotel customer order for a conference weekend plus a complaint about damp towels.",
             why="Customer's own Microsoft 365 domain, concrete quantities and delivery note number, no links, attachments or payment data.")


def _b33():
    ib = BANK["metaforiki"]
    text = """Καλημέρα σας κα Κωνσταντίνου,

Σας επισυνάπτω το τιμολόγιο παροχής υπηρεσιών 318/2026 για τις μεταφορές του Οκτωβρίου (Θεσσαλονίκη – Χαλκιδική, 22 δρομολόγια).

Καθαρή αξία: 2.000,00 €
ΦΠΑ 24%%: 480,00 €
Σύνολο: 2.480,00 €

Η πληρωμή όπως πάντα στον λογαριασμό μας στην Εθνική Τράπεζα (%s). Το τιμολόγιο έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001938476215).

Ευχαριστώ,
Κώστας Αθανασίου
Μεταφορική Βορείου Ελλάδος
Τηλ. 2310 781 455 - Κιν. 6944 218 330
""" % B.fmt_iban(ib)
    inv = [(15, True, "Metaforiki Voreiou Ellados - Athanasiou Konstantinos"), "Odos Monastiriou 301, 546 28 Thessaloniki, AFM " + B.gr_afm("04812277"), "",
           (12, True, "Timologio Parochis Ypiresion 318/2026"), "Imerominia: 31/10/2026    MARK: 400001938476215", "",
           "Pelatis: Example Textilservice Hellas MIKE, AFM " + B.gr_afm("80123456"), "",
           "Metafores Oktovriou 2026 (22 dromologia)          2.000,00", "FPA 24%                                              480,00",
           "Synolo EUR                                         2.480,00", "",
           "IBAN " + B.fmt_iban(ib) + " (Ethniki Trapeza)"]
    body = Mixed(Text(text, "windows-1253", "quoted-printable"),
                 pdf_att("Timologio_318_2026.pdf", inv, title="Timologio 318/2026", producer="SoftOne Series"))
    return M(n=33, lang="el", slug="metaforiki-timologio-otenet",
             infra=_otenet(), date="2026-11-02 09:48:16",
             frm=("Κώστας Αθανασίου", "metaforiki.ve@otenet.gr"), to=[S("eleni.konstantinou")],
             subject="Τιμολόγιο 318/2026 - μεταφορές Οκτωβρίου", body=body,
             what="Genuine invoice from the small owner-run carrier, sent from his long-standing otenet.gr mailbox with Outlook.",
             why="The carrier's usual address and ISP, invoice registered in myDATA (MARK), payment to the known NBG account. Hard negative of attack/34.")


def _b34():
    md = """Ελένη καλημέρα,

Σήμερα πρέπει να φύγει η πληρωμή προς τη Μεταφορική Βορείου Ελλάδος για το τιμολόγιο 318/2026 (2.480,00 €). Ο κ. Αθανασίου μου το ζήτησε τηλεφωνικά και την έχω ήδη εγκρίνει στο ERP (εντολή πληρωμής ΕΠ-2026-0771).

Ο λογαριασμός είναι αυτός που έχουμε στο αρχείο προμηθευτών (Εθνική) – **όχι** ο καινούργιος της Eurobank που ήρθε από gmail την προηγούμενη εβδομάδα. Εκείνο το μήνυμα το έχουμε ήδη αναφέρει στο IT.

Ευχαριστώ,
Γιώργος

Γιώργος Παπαδόπουλος
Διευθυντής Γραφείου Θεσσαλονίκης | Example Textilservice Hellas"""
    return M(n=34, lang="el", slug="diefthyntis-epeigousa-pliromi-esoteriko",
             infra=I.exchange_internal(tz="GR"), date="2026-11-10 09:21:07",
             frm=S("giorgos.papadopoulos"), to=[S("eleni.konstantinou")],
             subject="Επείγον: πληρωμή Μεταφορικής Β. Ελλάδος σήμερα", body=alt(md, "utf-8", "base64", style="outlook", lang="EL"),
             accept_lang="el-GR, en-US", content_lang="el-GR",
             what="The office manager's genuine urgent payment request through the internal relay.",
             why="Internal Exchange/mail-int01 path, payment approved in the ERP, to the supplier's known account from master data, and explicitly rejects the fraudulent Gmail bank change. Hard negative of attack/36 and attack/34.")


def _b35():
    def mid(c):
        return "%s@acscourier.net" % __import__("util").uuid4(c["rng"])
    inf = I.service("mail.acscourier.net", "mail.acscourier.net", "195.167.113.45", mid, tz="GR")
    md = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό **7204815621** από TECNOLAV S.R.L. βρίσκεται στο κατάστημα ACS Θεσσαλονίκης (Σίνδος) και θα παραδοθεί **σήμερα, 27/11/2026**, μεταξύ 12:00 και 16:00.

Δεν απαιτείται καμία ενέργεια ή πληρωμή από εσάς.

BTN: Παρακολούθηση αποστολής | https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=7204815621

Με εκτίμηση,
ACS Courier"""
    return M(n=35, lang="el", slug="acs-courier-enimerosi-paradosis",
             infra=inf, date="2026-11-27 08:10:55", frm=("ACS Courier", "noreply@acscourier.net"), to=[S("giorgos.papadopoulos")],
             subject="ACS: Η αποστολή 7204815621 θα παραδοθεί σήμερα",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="ACS Courier", color="#e30613",
                      footer="ACS Courier Α.Ε.Ε., Εμμ. Μπενάκη 8, 14564 Κηφισιά. Αυτόματο μήνυμα, μην απαντάτε."),
             what="Genuine ACS Courier delivery notice for a spare-parts parcel.",
             why="Sent from ACS's own domain, tracking link on acscourier.net, explicitly no payment required, no attachment. Hard negative of attack/35.")


def _b36():
    text = """Καλημέρα Ελένη,

Ολοκλήρωσα τη συμφωνία των παραστατικών του Γ΄ τριμήνου στο myDATA. Υπάρχουν 3 αποκλίσεις στα έξοδα: δύο τιμολόγια της Μεταφορικής Βορείου Ελλάδος (αρ. 301 και 305) που δεν έχουν χαρακτηριστεί από εμάς, και ένα πιστωτικό του Aegeon που λείπει από τη δική μας πλευρά.

Θα χρειαστώ τα αντίστοιχα PDF μέχρι την Πέμπτη, ώστε να κάνουμε τους χαρακτηρισμούς πριν την περιοδική ΦΠΑ Οκτωβρίου. Μπορείς να μου τα στείλεις εδώ ή να τα ανεβάσεις στον κοινό φάκελο όπως πάντα.

Καλή συνέχεια,
Σοφία Νικολαΐδου
Λογιστικό Γραφείο Νικολαΐδη
Τσιμισκή 112, Θεσσαλονίκη - Τηλ. 2310 244 617
"""
    return M(n=36, lang="el", slug="logistis-mydata-apokliseis",
             infra=I.postfix_server("mail.nikolaidis-logistiki.gr", "mail.nikolaidis-logistiki.gr", "185.4.134.76", tz="GR", mua="roundcube", webmail=True),
             date="2026-11-16 10:33:28", frm=("Σοφία Νικολαΐδου", "s.nikolaidou@nikolaidis-logistiki.gr"), to=[S("eleni.konstantinou")],
             subject="myDATA Γ΄ τρίμηνο - 3 αποκλίσεις", body=Text(text, "iso-8859-7", "8bit"),
             what="Genuine note from the external accountant about three myDATA discrepancies that need documents.",
             why="The firm's own domain and mail server, concrete invoice numbers, no link or login, documents via the usual channel. Hard negative of attack/32 (fake AADE/myDATA).")


MESSAGES = [_b32(), _b33(), _b34(), _b35(), _b36()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
