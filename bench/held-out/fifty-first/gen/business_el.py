"""Greek genuine business messages (32-36)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM, UPHEX
from company import st, sa, BANK, IDS, NATIVE
from codes import iban_fmt
from files import pdf
import infra

F = "business"


def build():
    eleni = (NATIVE["Eleni"], sa("Eleni"))
    giorgos = (NATIVE["Georgios"], sa("Georgios"))

    # ------------------------------------------------------------ 32 AV supplier invoice (genuine .gr), Outlook, windows-1253
    t = T(2026, 11, 3, 13, 25, 50, "GR")
    p = infra.own_postfix("b32", t, "mail.kalimeris-av.gr", "83.235.%d.%d" % (hn("b32", 100, 200), hn("b32x", 2, 250)),
                          "kalimeris-av.gr", "94.69.%d.%d|ppp-94-69-%d-%d.home.otenet.gr" % (
                              hn("b32a", 1, 250), hn("b32b", 1, 250), hn("b32a", 1, 250), hn("b32b", 1, 250)),
                          mid_style="outlook", rdns="mail.kalimeris-av.gr", tzone="GR", auth="info@kalimeris-av.gr")
    txt = """Καλησπέρα σας κυρία Καραγιάννη,

σας στέλνουμε συνημμένο το τιμολόγιο παροχής υπηρεσιών 2026-0482 για την ενοικίαση εξοπλισμού ήχου και εικόνας (AgroTech 2027 - press conference & opening, 29-30/10).

Σύνολο: 12.740,00 € (καθαρή αξία 10.274,19 € + ΦΠΑ 24%)
Τρόπος πληρωμής: κατάθεση στον λογαριασμό μας στην Τράπεζα Πειραιώς (ίδιος με τις προηγούμενες συνεργασίες)
IBAN: {iban}

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ {mark}).

Ευχαριστούμε για τη συνεργασία.

Με εκτίμηση,
Σοφία Καλημέρη
Kalimeris Audiovisual Ε.Π.Ε.
Εγνατίας 154, 546 36 Θεσσαλονίκη
Τηλ. 2310 278 410 - ΑΦΜ {afm}
""".format(iban=iban_fmt(BANK["kalimeris"]), mark=hn("b32m", 400000000000000, 409999999999999), afm=IDS["kalimeris_afm"])
    inv = pdf([("F2", 14, "Kalimeris Audiovisual E.P.E."), "Egnatias 154, 546 36 Thessaloniki - VAT/AFM " + IDS["kalimeris_afm"], "",
               ("F2", 12, "INVOICE / TIMOLOGIO 2026-0482"), "Date: 03/11/2026", "",
               "Customer: Example Group - Thessaloniki branch", "",
               "AV equipment rental, AgroTech 2027 press conference, 29-30/10/2026     10,274.19",
               "VAT 24%                                                                 2,465.81",
               ("F2", 10, "TOTAL EUR                                                               12,740.00"), "",
               "Payment: bank transfer - Piraeus Bank - IBAN " + iban_fmt(BANK["kalimeris"])],
              title="Invoice 2026-0482", author="Kalimeris Audiovisual", producer="Epsilon Net Pylon")
    body = mixed(alt(Text(txt, "plain", "windows-1253", "quoted-printable"), html_part(paras(txt), "windows-1253", lang="el")),
                 pdf_att(inv, "Timologio_2026-0482.pdf"))
    mk(F, 32, "el", "kalimeris-timologio", t=t, prof=p, order="ms", date_zone="GR",
       frm=("Σοφία Καλημέρη", "info@kalimeris-av.gr"), to=[eleni],
       subject="Τιμολόγιο 2026-0482 - Kalimeris Audiovisual", hcs="windows-1253", body=body,
       hn_of=([34, 33], "Kalimeris Audiovisual invoice 2026-0482 / supplier name"),
       what="AV rental supplier sends an invoice (myDATA MARK quoted) for the AgroTech press conference.",
       why="Real domain kalimeris-av.gr from the supplier's own server/ISP; same Piraeus Bank account as in previous business; bilingual PDF; nothing unusual.")

    # ------------------------------------------------------------ 33 freelance technician via otenet Roundcube, 8bit
    t = T(2026, 11, 18, 20, 47, 31, "GR")
    p = infra.otenet("b33", t, user_ip="94.66.57.130")
    txt = """Καλησπέρα Γιώργο,

όπως μιλήσαμε στο τηλέφωνο, σου στέλνω την προσφορά μου για την τεχνική υποστήριξη στην AgroTech 2027:

- Στήσιμο και έλεγχος ηχητικών στις δύο αίθουσες συνεδρίων: 1 ημέρα (4/2)
- Τεχνική υποστήριξη κατά τη διάρκεια της έκθεσης: 4 ημέρες (5-8/2)
- Αποξήλωση: μισή ημέρα (8/2 βράδυ)

Ημερήσια αμοιβή 260 € + ΦΠΑ, σύνολο 5,5 ημέρες = 1.430 € + ΦΠΑ. Τιμολογώ με ΤΠΥ όπως πέρυσι, πληρωμή μετά την έκθεση.

Αν θέλεις να αλλάξουμε κάτι στις μέρες, πες μου.

Φιλικά,
Νίκος Αλεξίου
Τεχνικός ήχου - εικόνας
6944 318 205
"""
    body = Text(txt, "plain", "iso-8859-7", "8bit", params="; format=flowed", csq=False)
    mk(F, 33, "el", "technician-quote-otenet", t=t, prof=p, date_zone="GR",
       frm=("Νίκος Αλεξίου", "n.alexiou@otenet.gr"), to=[giorgos],
       subject="Προσφορά τεχνικής υποστήριξης AgroTech 2027", hcs="iso-8859-7", body=body,
       what="Freelance AV technician sends a quote for the AgroTech fair from his otenet.gr consumer mailbox.",
       why="Known freelancer on his usual ISP mailbox via Roundcube, follows a phone call, plausible daily rates, payment only after the event.")

    # ------------------------------------------------------------ 34 accounting firm newsletter via SendGrid (myDATA)
    t = T(2026, 10, 30, 8, 0, 21, "GR")
    p = infra.sendgrid("b34", t)
    u = h("b34u", 24)
    txt = """Λογιστικό Γραφείο Τσολάκη - Ενημερωτικό Δελτίο Οκτωβρίου 2026

Αγαπητοί συνεργάτες,

- myDATA: Υπενθυμίζουμε ότι η προθεσμία διαβίβασης των παραστατικών εσόδων-εξόδων του γ' τριμήνου λήγει στις 30 Νοεμβρίου. Ελέγξτε στην πλατφόρμα myDATA (www.aade.gr) τις αποκλίσεις εκδότη-λήπτη.
- Προσοχή στα ψεύτικα μηνύματα: κυκλοφορούν emails που μιμούνται την ΑΑΔΕ και ζητούν κωδικούς TAXISnet μέσω συνδέσμων. Η ΑΑΔΕ δεν ζητά ποτέ κωδικούς με email - συνδεθείτε μόνο πληκτρολογώντας aade.gr.
- Ηλεκτρονική τιμολόγηση B2B: τα νέα χρονοδιαγράμματα για το 2027.

Για οποιαδήποτε απορία, επικοινωνήστε με το γραφείο μας στο 2310 534 910.

Λογιστικό Γραφείο Τσολάκη, Τσιμισκή 77, 546 22 Θεσσαλονίκη
Διαγραφή από τη λίστα: https://www.tsolakis-logistiki.gr/newsletter/unsubscribe?u={u}
""".format(u=u)
    htm = """<table width="600" align="center" style="font-family:Arial,sans-serif;color:#222"><tr><td style="background:#2b4c7e;color:#fff;padding:16px;font-size:19px">Λογιστικό Γραφείο Τσολάκη<br><span style="font-size:13px">Ενημερωτικό Δελτίο Οκτωβρίου 2026</span></td></tr>
<tr><td style="padding:18px;font-size:14px;line-height:1.5"><p>Αγαπητοί συνεργάτες,</p>
<p><b>myDATA:</b> Υπενθυμίζουμε ότι η προθεσμία διαβίβασης των παραστατικών εσόδων-εξόδων του γ' τριμήνου λήγει στις 30 Νοεμβρίου. Ελέγξτε στην πλατφόρμα myDATA (<a href="https://www.aade.gr/mydata">www.aade.gr</a>) τις αποκλίσεις εκδότη-λήπτη.</p>
<p><b>Προσοχή στα ψεύτικα μηνύματα:</b> κυκλοφορούν emails που μιμούνται την ΑΑΔΕ και ζητούν κωδικούς TAXISnet μέσω συνδέσμων. Η ΑΑΔΕ δεν ζητά ποτέ κωδικούς με email - συνδεθείτε μόνο πληκτρολογώντας aade.gr.</p>
<p><b>Ηλεκτρονική τιμολόγηση B2B:</b> <a href="https://www.tsolakis-logistiki.gr/arthra/ilektroniki-timologisi-2027">τα νέα χρονοδιαγράμματα για το 2027</a>.</p></td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#777">Λογιστικό Γραφείο Τσολάκη, Τσιμισκή 77, 546 22 Θεσσαλονίκη &middot; <a href="https://www.tsolakis-logistiki.gr/newsletter/unsubscribe?u={u}">Διαγραφή</a></td></tr></table>""".format(u=u)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="el", style="margin:0"))
    mk(F, 34, "el", "newsletter-mydata-sendgrid", t=t, prof=p, date_zone="UTC",
       frm=("Λογιστικό Γραφείο Τσολάκη", "newsletter@tsolakis-logistiki.gr"), to=[("", sa("Eleni"))],
       mail_from="bounces+18823041-ab2c-eleni.karagianni=examplegroup.eu@em4410.tsolakis-logistiki.gr",
       subject="Ενημερωτικό Δελτίο Οκτωβρίου: myDATA, ηλεκτρονική τιμολόγηση",
       extra=[("List-Unsubscribe", "<https://www.tsolakis-logistiki.gr/newsletter/unsubscribe?u=%s>, <mailto:unsubscribe@tsolakis-logistiki.gr?subject=unsubscribe-%s>" % (u, u)),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
       body=body,
       hn_of=([32], "myDATA / AADE topic, bulk ESP sender"),
       what="Subscribed newsletter from the company's Greek accounting firm about myDATA deadlines, sent via SendGrid.",
       why="ESP with the firm's own authenticated sub-domain and List-Unsubscribe; links to aade.gr and the firm's site only; even warns against AADE phishing; no login or payment request.")

    # ------------------------------------------------------------ 35 partner hotel room-block confirmation (genuine M365 tenant)
    t = T(2026, 11, 20, 11, 2, 16, "GR")
    p = infra.m365("b35", t, "egnatia-palace-hotel.gr", pod="VI1PR09", org_lang="el-GR")
    txt = """Αγαπητέ κύριε Παπαδόπουλε,

σας επιβεβαιώνουμε το μπλοκ δωματίων για την AgroTech 2027:

Άφιξη: 03/02/2027 - Αναχώρηση: 09/02/2027
40 δίκλινα (μονόκλινη χρήση) x 6 νύχτες, τιμή 118 € ανά δωμάτιο/νύχτα με πρωινό
Option date για ονομαστική λίστα: 08/01/2027
Release: 21 ημέρες πριν την άφιξη

Σας επισυνάπτουμε το συμβόλαιο ομάδας. Παρακαλούμε να μας το επιστρέψετε υπογεγραμμένο έως 04/12/2026. Η προκαταβολή 20% θα τιμολογηθεί μετά την υπογραφή, στα γνωστά σας τραπεζικά στοιχεία του ξενοδοχείου.

Με εκτίμηση,
Μαρία Δημητρίου
Groups & Events
Egnatia Palace Hotel
"""
    contract = pdf([("F2", 14, "Egnatia Palace Hotel"), "Group contract - AgroTech 2027", "",
                    "Client: Example Group, Thessaloniki branch", "Arrival 03/02/2027 - Departure 09/02/2027",
                    "40 double rooms for single use x 6 nights, EUR 118.00 per room/night incl. breakfast",
                    "Rooming list option date: 08/01/2027     Release: 21 days prior to arrival",
                    "Deposit: 20% upon signature, balance 14 days prior to arrival", "",
                    "Signature client: ____________________     Signature hotel: ____________________"],
                   title="Group contract AgroTech 2027", author="Egnatia Palace Hotel", producer="Microsoft Word for Microsoft 365")
    body = mixed(alt(Text(txt, "plain", "windows-1253", "base64"), html_part(paras(txt), "windows-1253", "base64", lang="el")),
                 pdf_att(contract, "Group_Contract_AgroTech2027.pdf"))
    mk(F, 35, "el", "hotel-room-block-confirmation", t=t, prof=p, order="ms", date_zone="GR",
       frm=("Μαρία Δημητρίου", "groups@egnatia-palace-hotel.gr"), to=[giorgos], cc=[eleni],
       subject="Επιβεβαίωση μπλοκ δωματίων AgroTech 2027", hcs="windows-1253", body=body,
       hn_of=([35], "Same hotel mailbox, same AgroTech room-block topic"),
       what="Partner hotel confirms the AgroTech 2027 room block and attaches the group contract for signature.",
       why="Hotel's genuine Microsoft 365 tenant, addressed directly to the branch manager; real PDF attachment, deposit to be invoiced to the known account after signature; no links.")

    # ------------------------------------------------------------ 36 genuine Docusign envelope in Greek
    t = T(2026, 12, 10, 12, 41, 7, "GR")
    p = infra.docusign("b36", t)
    env, acct, er = uuid("b36env"), uuid("b36acct"), uuid("b36er")
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, er)
    code = h("b36code", 32, UPHEX)
    txt = """Ο/Η Κατερίνα Μαυρίδου σάς έστειλε ένα έγγραφο για έλεγχο και υπογραφή.

ΕΛΕΓΧΟΣ ΕΓΓΡΑΦΟΥ
{link}

Κατερίνα Μαυρίδου
k.mavridou@macedonia-expo-venues.gr

Κύριε Παπαδόπουλε,
σας αποστέλλουμε τη σύμβαση παραχώρησης του περιπτέρου 13 για την AgroTech 2027, όπως συμφωνήθηκε στη συνάντησή μας. Παρακαλούμε για την υπογραφή σας.

Powered by Docusign

Μην κοινοποιείτε αυτό το email
Αυτό το email περιέχει έναν ασφαλή σύνδεσμο προς το Docusign. Μην κοινοποιείτε αυτό το email, τον σύνδεσμο ή τον κωδικό πρόσβασης σε άλλους.

Εναλλακτική μέθοδος υπογραφής
Επισκεφθείτε τη διεύθυνση Docusign.com, κάντε κλικ στην επιλογή «Access Documents» και εισαγάγετε τον κωδικό ασφαλείας:
{code}

Αυτό το μήνυμα σάς στάλθηκε από την Κατερίνα Μαυρίδου, η οποία χρησιμοποιεί την υπηρεσία ηλεκτρονικής υπογραφής Docusign.
""".format(link=link, code=code)
    htm = """<table width="640" align="center" style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<tr><td style="background:#1e1246;padding:28px;text-align:center;color:#fff"><p style="font-size:16px">Ο/Η Κατερίνα Μαυρίδου σάς έστειλε ένα έγγραφο για έλεγχο και υπογραφή.</p>
<a href="{link}" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">ΕΛΕΓΧΟΣ ΕΓΓΡΑΦΟΥ</a></td></tr>
<tr><td style="padding:24px"><p><b>Κατερίνα Μαυρίδου</b><br>k.mavridou@macedonia-expo-venues.gr</p>
<p>Κύριε Παπαδόπουλε,<br>σας αποστέλλουμε τη σύμβαση παραχώρησης του περιπτέρου 13 για την AgroTech 2027, όπως συμφωνήθηκε στη συνάντησή μας. Παρακαλούμε για την υπογραφή σας.</p></td></tr>
<tr><td style="padding:24px;font-size:13px;color:#666"><b>Μην κοινοποιείτε αυτό το email</b><br>Αυτό το email περιέχει έναν ασφαλή σύνδεσμο προς το Docusign.<br><br>
<b>Εναλλακτική μέθοδος υπογραφής</b><br>Επισκεφθείτε τη διεύθυνση Docusign.com, κάντε κλικ στην επιλογή «Access Documents» και εισαγάγετε τον κωδικό ασφαλείας:<br>{code}</td></tr></table>""".format(link=link, code=code)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="el", style="margin:0"))
    mk(F, 36, "el", "docusign-stand-lease-genuine", t=t, prof=p, date_zone="UTC",
       frm=("Κατερίνα Μαυρίδου μέσω Docusign", "dse@eumail.docusign.net"), to=[giorgos],
       reply_to=("Κατερίνα Μαυρίδου", "k.mavridou@macedonia-expo-venues.gr"), mail_from="dse@eumail.docusign.net",
       subject="Ολοκληρώστε με το Docusign: Σύμβαση παραχώρησης περιπτέρου 13 - AgroTech 2027", body=body,
       hn_of=([36], "Docusign envelope for the stand-space contract"),
       what="Localised Docusign envelope from the venue operator for the AgroTech 2027 stand-space contract.",
       why="Docusign's EU mail servers, signing link on eu.docusign.net with envelope and account IDs, alternate access code, real venue contact in Reply-To; no attachment to open.")
