"""Greek messages: business 32-36, attacks 32-36."""
from registry import attack, business
from compose import compose, REGISTRY
from util import local_utc as L, rng, alnum, hexs
from world import S, BANK, TAX
import idnum as I
import senders as X
import assets as AS

F = I.fmt_iban
NIKOS = ("Νικόλαος Παπαδόπουλος", S("mgr_ath")[1])
ELENI = ("Ελένη Γεωργίου", S("acc_ath")[1])

B35_TEXT = """Καλημέρα Νίκο,

σου στέλνω, όπως είπαμε, την αναθεώρηση Α των στατικών σχεδίων για την προσθήκη ορόφου στην Κυψέλη (ΣΤ-01 έως ΣΤ-04). Άλλαξα τη διατομή των δοκών στον 4ο όροφο σύμφωνα με τις παρατηρήσεις του ελεγκτή της ΥΔΟΜ. Τα DWG θα τα ανεβάσω στο κοινό Dropbox το απόγευμα.

Η αμοιβή για την αναθεώρηση είναι αυτή που συμφωνήσαμε (600 ευρώ + ΦΠΑ)· θα κόψω ΤΠΥ με την ολοκλήρωση.

Φιλικά,
Γιώργος

--
Γιώργος Αντωνίου
Πολιτικός Μηχανικός ΕΜΠ
Τηλ. 6944 218 703"""


# ====================================================================== business

@business(32, "el", "esoteriko-mydata-ekkremotites",
          what="Athens accountant updates the office manager (internal mail) on myDATA submissions for November and warns that AADE only notifies via the myAADE inbox.",
          why="Internal relay with Exchange hop from the colleague's real mailbox; routine bookkeeping status with concrete invoice numbers; explicitly warns against e-mails asking for TAXISnet logins.",
          pair="attack 32")
def b32():
    t = L("EE", 2026, 11, 24, 10, 18, 3)
    text = """Νίκο, καλημέρα.

Μια σύντομη ενημέρωση για το myDATA πριν κλείσουμε τον Νοέμβριο:

- Όλα τα τιμολόγια παροχής υπηρεσιών που εκδώσαμε μέχρι τις 20/11 έχουν διαβιβαστεί και έχουν πάρει ΜΑΡΚ.
- Λείπουν ακόμη οι χαρακτηρισμοί εξόδων για 3 τιμολόγια της Αιγαίο Τεχνική (ΤΠΥ 1187, 1192 και 1201). Θα τους περάσω μέσα από το πρόγραμμα του λογιστή μέχρι την Παρασκευή.
- Στο myAADE δεν υπάρχει καμία εκκρεμής ειδοποίηση για εμάς. Αν λάβεις οποιοδήποτε email «από την ΑΑΔΕ» με σύνδεσμο για είσοδο στο TAXISnet, μην το ανοίξεις - η ΑΑΔΕ στέλνει τις ειδοποιήσεις της στη θυρίδα του myAADE.

Ελένη

Ελένη Γεωργίου
Λογίστρια
Example Group Hellas | Λεωφ. Συγγρού 94 | 117 41 Αθήνα
Τ +30 210 924 6611"""
    return compose(X.internal(lang="el-GR", charset="iso-8859-7"), ELENI, [NIKOS],
                   "Διαβίβαση παραστατικών Νοεμβρίου στο myDATA - εκκρεμότητες", t, text, name="b32")


@business(33, "el", "aigaio-timologio-mark-peiraios",
          what="The technical subcontractor's accounts office sends the details of a services invoice (with myDATA MARK) for survey work, payment to the usual Piraeus Bank account; company logo inline.",
          why="Genuine aigaio-techniki.gr on its Microsoft 365 tenant; invoice reported to myDATA (MARK quoted), unchanged IBAN, normal 30-day terms, no urgency.",
          pair="attack 33")
def b33():
    t = L("EE", 2026, 11, 6, 12, 44, 19)
    text = """Καλημέρα σας,

Σας αποστέλλουμε τα στοιχεία του τιμολογίου παροχής υπηρεσιών ΤΠΥ 1187/06-11-2026 για την τοπογραφική αποτύπωση και τις γεωτεχνικές δοκιμές στο ακίνητο της οδού Φωκίωνος Νέγρη 41 (Κυψέλη).

Καθαρή αξία: 10.000,00 €
ΦΠΑ 24%: 2.400,00 €
Σύνολο: 12.400,00 €
ΜΑΡΚ: 400001915738264
Προθεσμία πληρωμής: 30 ημέρες

Η πληρωμή γίνεται ως συνήθως στον λογαριασμό μας στην Τράπεζα Πειραιώς, IBAN """ + F(BANK["aigaio"]) + """. Το τιμολόγιο έχει διαβιβαστεί στο myDATA και θα το βρείτε στα έξοδά σας.

Με εκτίμηση,

Σοφία Κωνσταντίνου
Λογιστήριο
ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ Α.Ε.
Ακτή Μιαούλη 53, 185 36 Πειραιάς
ΑΦΜ """ + TAX["aigaio_afm"] + """ - ΔΟΥ ΦΑΕ Πειραιά
Τηλ. 210 429 3370"""
    logo = AS.logo_png(160, 44, (0, 82, 120), (255, 255, 255), "wave")
    import profiles as P
    html = P.html_word(text, lang="EL", charset="iso-8859-7",
                       sig_html='<p class="MsoNormal"><img width="160" height="44" src="cid:image001.png@01DC4DF1.7A3C2B10" alt="AIGAIO TECHNIKI"><o:p></o:p></p>\n')
    return compose(X.aigaio(charset="iso-8859-7"), ("Λογιστήριο ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ", "logistirio@aigaio-techniki.gr"),
                   [ELENI], "Τιμολόγιο ΤΠΥ 1187 - τοπογραφική αποτύπωση Κυψέλης", t, text, html, name="b33",
                   inline=[("image001.png@01DC4DF1.7A3C2B10", "image001.png", "image/png", logo)])


@business(34, "el", "pelatis-parapono-kathysterisi-adeias",
          what="Customer complaint: the developer's project director complains that the building-permit file was not submitted on time and asks for a binding schedule and a meeting.",
          why="Known customer on its Google Workspace; specific project facts and dates, angry but business-like, no attachment or link.")
def b34():
    t = L("EE", 2026, 11, 25, 17, 36, 48)
    text = """Κύριε Παπαδόπουλε,

Δυστυχώς είμαι υποχρεωμένη να σας εκφράσω τη δυσαρέσκειά μας. Ο φάκελος για την έκδοση της οικοδομικής άδειας για το έργο της οδού Αγίας Παρασκευής στο Χαλάνδρι έπρεπε να έχει υποβληθεί στο e-Άδειες έως τις 15 Νοεμβρίου, όπως είχαμε συμφωνήσει στη σύσκεψη της 20ής Οκτωβρίου. Σήμερα, 25 Νοεμβρίου, δεν έχει ακόμη υποβληθεί και η ΥΔΟΜ μάς ενημέρωσε ότι λείπουν η στατική μελέτη και η μελέτη ενεργειακής απόδοσης.

Η καθυστέρηση μετατοπίζει την έναρξη των εργασιών και μας δημιουργεί σοβαρό πρόβλημα με τη χρηματοδότηση του έργου.

Παρακαλώ να μου στείλετε έως την Παρασκευή δεσμευτικό χρονοδιάγραμμα και να ορίσουμε συνάντηση στα γραφεία μας την επόμενη εβδομάδα.

Με εκτίμηση,

Μαρία Παππά
Διευθύντρια Έργων
Κτηματική Αττικής Α.Ε.
Λεωφ. Κηφισίας 268, 152 32 Χαλάνδρι
Τηλ. 210 684 1190"""
    return compose(X.workspace(zone="EE"), ("Μαρία Παππά", "m.pappa@ktimatiki-attikis.gr"), [NIKOS],
                   "Παράπονο - καθυστέρηση στον φάκελο οικοδομικής άδειας Χαλανδρίου", t, text, name="b34")


@business(35, "el", "freelancer-otenet-statika-schedia",
          what="Freelance civil engineer sends revision A of the structural drawings (PDF) from his OTEnet mailbox.",
          why="Known freelancer via OTEnet's own webmail and relay from a Greek residential connection; context matches the project, plain PDF drawing list, no archive or password.",
          pair="attack 35")
def b35():
    t = L("EE", 2026, 11, 13, 9, 52, 30)
    att = AS.pdf([
        "# G. ANTONIOU - CIVIL ENGINEER (NTUA)",
        "Project: Addition of 5th floor, 41 Fokionos Negri St., Kypseli, Athens",
        "Client: Example Group Hellas",
        "",
        "## Structural drawings - Revision A - 13/11/2026",
        "ST-01  Foundation and ground floor slab plan            1:50   Rev. A",
        "ST-02  Typical floor framing plan (1st-4th floor)       1:50   Rev. A",
        "ST-03  5th floor framing plan, beam sections B4.1-B4.9  1:50   Rev. A",
        "ST-04  Column schedule and reinforcement details        1:20   Rev. A",
        "",
        "Revision A: beam depths on 4th floor increased to 60 cm as per YDOM reviewer comments.",
        "Design codes: EN 1992-1-1, EN 1998-1 (Greek National Annex), seismic zone I.",
    ], title="Kypseli ST-01..04 Rev A", author="G. Antoniou", producer="AutoCAD 2025 - DWG To PDF",
        creator="AutoCAD 2025", date=AS.pdfdate(2026, 11, 13, 9, 40, "+02'00'"))
    return compose(X.otenet(), ("Γιώργος Αντωνίου", "g.antoniou@otenet.gr"), [NIKOS],
                   "Στατικά σχέδια - Φωκίωνος Νέγρη 41", t, B35_TEXT, name="b35",
                   attachments=[("Kypseli_ST-01_ST-04_revA.pdf", "application/pdf", att)])


@business(36, "el", "esoteriko-ypografes-domain-eidopoiisi",
          what="Athens office manager informs staff (internal mail) about centrally managed signatures and warns that examplegroup.eu is renewed centrally from Munich - fake renewal invoices must not be paid.",
          why="Internal relay with Exchange hop from the real manager; informational, no link or payment; explicitly counters domain-renewal scams.",
          pair="attack 36")
def b36():
    t = L("EE", 2026, 11, 16, 9, 4, 55)
    text = """Καλημέρα σε όλους,

Δύο σύντομα θέματα από το IT του Μονάχου:

1. Υπογραφές email: από τη Δευτέρα η υπογραφή του Outlook ενημερώνεται αυτόματα και κεντρικά. Μην την τροποποιείτε χειροκίνητα· οι διευθύνσεις μας παραμένουν στο examplegroup.eu.

2. Κυκλοφορούν ψεύτικες «ειδοποιήσεις λήξης» και «τιμολόγια ανανέωσης» για το domain examplegroup.eu. Τα domains της εταιρείας ανανεώνονται κεντρικά από το Μόναχο με πολυετή διάρκεια και δεν πληρώνουμε ποτέ τέτοια τιμολόγια από την Αθήνα. Αν λάβετε κάτι παρόμοιο, προωθήστε το στο servicedesk και διαγράψτε το.

Ευχαριστώ,
Νίκος

Νικόλαος Παπαδόπουλος
Υπεύθυνος Γραφείου Αθηνών
Example Group Hellas | Λεωφ. Συγγρού 94 | 117 41 Αθήνα
Τ +30 210 924 6610"""
    return compose(X.internal(lang="el-GR", charset="windows-1253"), NIKOS,
                   [("Γραφείο Αθηνών", "athens-all@examplegroup.eu")],
                   "Υπογραφές email και ψεύτικες ειδοποιήσεις ανανέωσης domain", t, text, name="b36",
                   rcpt=S("acc_ath")[1])


# ====================================================================== attacks

@attack(32, "el", "aade-mydata-asymfonies-ses",
        what="Fake AADE/myDATA notice: 14 income documents lack classifications for the company's VAT number, fine threatened, 'log in with TAXISnet credentials' by 30/11 - sent via Amazon SES.",
        why="Tax-authority branding on a non-gov.gr domain via SES; displayed link text is the real AADE URL but the href points to a look-alike host; asks for TAXISnet credentials under penalty threat; AADE notifies via the myAADE inbox (business 32).",
        technique="Credential phishing - national tax authority (AADE/myDATA e-books)", infra="Amazon SES (abused account), look-alike domain",
        pair="business 32")
def a32():
    t = L("EE", 2026, 11, 26, 8, 12, 37)
    link = "https://aade-mydata.gr-portal.com/login?afm=" + TAX["eg_gr_afm"]
    text = """ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονικά Βιβλία myDATA

Αγαπητέ/ή φορολογούμενε,

Από τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA εντοπίστηκαν 14 παραστατικά εσόδων του τρέχοντος τριμήνου για τα οποία δεν έχει διαβιβαστεί ο αντίστοιχος χαρακτηρισμός (ΑΦΜ %s).

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο ανά παραστατικό.

Για να δείτε αναλυτικά τις αποκλίσεις και να προβείτε σε διόρθωση, συνδεθείτε με τους κωδικούς TAXISnet έως τις 30/11/2026:

Είσοδος στο myDATA: %s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων""" % (TAX["eg_gr_afm"], link)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f5f7;margin:0;padding:18px">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003476;padding:16px 26px;color:#fff"><b style="font-size:20px">ΑΑΔΕ</b> <span style="font-size:13px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span></td></tr>
<tr><td style="padding:22px 26px;font-size:14px;color:#222;line-height:1.55">
<p style="font-size:17px;color:#003476"><b>Ηλεκτρονικά Βιβλία myDATA</b></p>
<p>Αγαπητέ/ή φορολογούμενε,</p>
<p>Από τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA εντοπίστηκαν <b>14 παραστατικά εσόδων</b> του τρέχοντος τριμήνου για τα οποία δεν έχει διαβιβαστεί ο αντίστοιχος χαρακτηρισμός (ΑΦΜ <b>%s</b>).</p>
<p>Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο ανά παραστατικό.</p>
<p>Για να δείτε αναλυτικά τις αποκλίσεις, συνδεθείτε με τους κωδικούς TAXISnet έως τις <b>30/11/2026</b>:</p>
<p style="text-align:center"><a href="%s" style="background:#0065b3;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Είσοδος στο myDATA</a></p>
<p style="font-size:12px;color:#555">https://www1.aade.gr/saadeapps2/bookkeeper-web</p></td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#888;border-top:1px solid #e3e3e3">Ανεξάρτητη Αρχή Δημοσίων Εσόδων &middot; Καρ. Σερβίας 10, 101 84 Αθήνα</td></tr>
</table></body></html>
""" % (TAX["eg_gr_afm"], link)
    p = X.ses(region="eu-south-1")
    return compose(p, ("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata-gov.com"), [ELENI],
                   "Ασυμφωνίες παραστατικών στο myDATA - Απαιτείται ενέργεια έως 30/11/2026", t, text, html,
                   name="a32", cte="base64")


@attack(33, "el", "aigaio-allagi-iban-lookalike",
        what="Subcontractor bank-detail change: 'Λογιστήριο ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ' from aigaio-texniki.gr (real: aigaio-techniki.gr) announces a new Eurobank IBAN and asks to pay invoice ΤΠΥ 1187 there by Friday.",
        why="Look-alike domain (Greek 'χ' transliterated as x) on a VPS without rDNS; old account 'closing this week', pay the specific open invoice to the new account, confirm by reply - BEC; the genuine invoice keeps the Piraeus account (business 33).",
        technique="BEC - supplier bank-detail change (look-alike domain)", infra="look-alike domain on VPS (no rDNS, Outlook-style headers)",
        pair="business 33")
def a33():
    t = L("EE", 2026, 11, 17, 11, 26, 8)
    text = """Αγαπητοί συνεργάτες,

Σας ενημερώνουμε ότι, λόγω μεταφοράς των τραπεζικών μας εργασιών, από σήμερα οι πληρωμές προς την εταιρεία μας θα πραγματοποιούνται αποκλειστικά στον παρακάτω λογαριασμό:

Τράπεζα: Eurobank
IBAN: %s
Δικαιούχος: ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ Α.Ε.

Ο λογαριασμός μας στην Τράπεζα Πειραιώς κλείνει εντός της εβδομάδας και οι εισερχόμενες πληρωμές θα επιστρέφονται.

Παρακαλούμε να εξοφλήσετε στον νέο λογαριασμό και το τιμολόγιο ΤΠΥ 1187 (12.400,00 €), η προθεσμία του οποίου λήγει την Παρασκευή.

Παρακαλούμε επιβεβαιώστε την αλλαγή απαντώντας σε αυτό το μήνυμα.

Με εκτίμηση,

Λογιστήριο
ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ Α.Ε.
Ακτή Μιαούλη 53, 185 36 Πειραιάς
ΑΦΜ %s - ΔΟΥ ΦΑΕ Πειραιά""" % (F(BANK["aigaio_fake"]), TAX["aigaio_afm"])
    p = X.vps("mail.aigaio-texniki.gr", "45.86.201.44", rdns="unknown", charset="windows-1253", lang="el", zone="EE")
    return compose(p, ("Λογιστήριο ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ", "logistirio@aigaio-texniki.gr"), [ELENI],
                   "Αλλαγή τραπεζικού λογαριασμού - ΑΙΓΑΙΟ ΤΕΧΝΙΚΗ Α.Ε.", t, text, name="a33")


@attack(34, "el", "trapeza-winbank-epikairopoiisi-wordpress",
        what="Bank phishing: 'Τράπεζα Πειραιώς - winbank Business' claims outgoing transfers are restricted until KYC data is updated within 24 hours; link to a look-alike domain; sent from a compromised taverna's WordPress.",
        why="Bank notice from an unrelated compromised restaurant domain (PHPMailer via local Exim), AML/KYC pretext with restriction and 24-hour threat, link host is not piraeusbank.gr - credential phishing (the company banks with NBG, another mismatch).",
        technique="Credential phishing - bank (KYC update)", infra="compromised WordPress site (PHPMailer, local Exim)")
def a34():
    t = L("EE", 2026, 11, 10, 7, 49, 21)
    link = "https://winbank-business.piraeus-epikairopoiisi.com/kyc?ref=EGH-%s" % alnum(rng("a34"), 8, "0123456789")
    text = """Τράπεζα Πειραιώς - winbank Business

Αγαπητέ πελάτη,

Σύμφωνα με την ισχύουσα νομοθεσία για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), οφείλετε να επικαιροποιήσετε τα στοιχεία της επιχείρησής σας στην υπηρεσία winbank Business.

Μέχρι την ολοκλήρωση της επικαιροποίησης, οι εξερχόμενες μεταφορές και οι πληρωμές μαζικών αρχείων έχουν περιοριστεί προσωρινά.

Η διαδικασία διαρκεί λιγότερο από 3 λεπτά:
%s

Εάν η επικαιροποίηση δεν ολοκληρωθεί εντός 24 ωρών, ο λογαριασμός θα δεσμευτεί πλήρως.

Τράπεζα Πειραιώς""" % link
    p = X.cpanel("gr-cp12.hostdime-web.gr", "91.138.129.74", auth_user="tavernam",
                 mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", zone="EE", cte="base64")
    p.return_path = lambda c: "tavernam@gr-cp12.hostdime-web.gr"
    return compose(p, ("Τράπεζα Πειραιώς", "noreply@taverna-meltemi.gr"), [ELENI],
                   "winbank Business: Προσωρινός περιορισμός συναλλαγών - επικαιροποίηση στοιχείων", t, text,
                   name="a34")


@attack(35, "el", "thread-hijack-otenet-zip-kodikos",
        what="Thread hijack from the freelance engineer's compromised OTEnet mailbox: reply in the real drawings thread with 'corrected drawings and invoice' in a password-protected ZIP (password 2026) holding a .pdf.exe.",
        why="Genuine address and thread (business 35) but written through OTEnet webmail from a foreign IP; password-protected archive with a double-extension executable, 'we must submit tomorrow' pressure, unusual for this freelancer who sends PDFs. Placeholder inert.",
        technique="Thread hijack from compromised freelancer mailbox -> malware in password-protected ZIP",
        infra="consumer ISP webmail (OTEnet Roundcube) with stolen credentials", pair="business 35")
def a35():
    t = L("EE", 2026, 11, 27, 19, 41, 16)
    quoted = "\n".join("> " + l if l else ">" for l in B35_TEXT.split("\n"))
    text = """Καλησπέρα Νίκο,

σου στέλνω τα διορθωμένα σχέδια μαζί με το τιμολόγιο για την αναθεώρηση. Επειδή το αρχείο είναι μεγάλο, το έβαλα σε συμπιεσμένο φάκελο με κωδικό.

Κωδικός: 2026

Πες μου αν το άνοιξες κανονικά, γιατί πρέπει να τα καταθέσουμε αύριο στην ΥΔΟΜ.

Γιώργος

Στις 13/11/2026 09:52, Γιώργος Αντωνίου έγραψε:
""" + quoted
    z = AS.zip_placeholder("Σχέδια_ΣΤ-01_ΣΤ-04_αναθ_Β_και_ΤΠΥ.pdf.exe", password="2026", seed="a35",
                           date_time=(2026, 11, 27, 19, 30, 2))
    p = X.roundcube_hijack("smtp-out.otenet.gr", "webmail.otenet.gr", "102.89.47.118",
                           helo="smtp-out.otenet.gr", rdns="smtp-out.otenet.gr", ip="83.235.69.31", zone="EE",
                           ua="Roundcube Webmail/1.4.15")
    b35 = REGISTRY["b35"]
    return compose(p, ("Γιώργος Αντωνίου", "g.antoniou@otenet.gr"), [NIKOS],
                   "Re: Στατικά σχέδια - Φωκίωνος Νέγρη 41", t, text, name="a35", in_reply_to=b35,
                   references=[b35], attachments=[("Sxedia_Kypseli_anatheorisi_B.zip", "application/zip", z)])


@attack(36, "el", "psefti-ananeosi-domain-eu",
        what="Fake domain renewal: 'EU Domain Services' warns that examplegroup.eu expires on 15/12/2026 and asks for EUR 349 to a Lithuanian IBAN for 'renewal & search engine submission'; fine print: an offer, not an invoice.",
        why="Unsolicited 'registrar' the company does not use, sent via SES from a generic domain; threat of losing website and e-mail; bundled 'search engine submission', payment to a foreign EMI account, small print admits it is an offer - domain-slamming/invoice fraud (business 36 warns of exactly this).",
        technique="Fake invoice - domain renewal / search-engine submission scam", infra="Amazon SES (abused account)",
        pair="business 36")
def a36():
    t = L("EE", 2026, 11, 27, 10, 5, 42)
    text = """EU Domain Services - Τμήμα Ανανεώσεων

Προς: Example Group - Διαχειριστής domain

Σας ενημερώνουμε ότι η καταχώριση του domain examplegroup.eu λήγει στις 15/12/2026. Εάν δεν ανανεωθεί εγκαίρως, το domain θα απενεργοποιηθεί, θα διακοπεί η λειτουργία της ιστοσελίδας και του ηλεκτρονικού ταχυδρομείου σας και το όνομα θα διατεθεί ελεύθερα σε τρίτους.

Υπηρεσία: Ανανέωση καταχώρισης & Search Engine Submission - 12 μήνες
Ποσό: 349,00 €
Δικαιούχος: EU Domain Services Ltd
IBAN: %s (Revolut Bank UAB)
Αιτιολογία: EU-2026-88412

Η πληρωμή πρέπει να πραγματοποιηθεί έως τις 08/12/2026.

Σημείωση: Η παρούσα ειδοποίηση δεν αποτελεί τιμολόγιο. Η αποδοχή της προσφοράς μας για υπηρεσίες καταχώρισης σε μηχανές αναζήτησης γίνεται με την εξόφληση του ποσού. Η EU Domain Services Ltd δεν είναι καταχωρητής και δεν συνδέεται με το EURid.""" % F(BANK["domain_fake"])
    p = X.ses(region="eu-central-1", html_style=None)
    return compose(p, ("EU Domain Services", "renewals@eu-domain-services.net"), [NIKOS],
                   "Λήξη καταχώρισης domain examplegroup.eu - Ειδοποίηση ανανέωσης EU-2026-88412", t, text,
                   name="a36", text_only=True)
