"""attack/32-36 (Greek)."""

import arch
import docs
import ids
import imgs
import infra
import kit
import mime
import senders
from common import (E, Eq, msg, outlook_html, spec, finish_html)
from company import CORR, ENT, P
from infra import T, hdr, plus, rfcdate

GR = ENT["GR"]
MK = CORR["makedonia"]


# ------------------------------------------------------------------ 32 ----
@msg("attack", "32", "el", "aade-mydata-prostimo-phishing")
def a32(c):
    r = c.rng
    t = T(2026, 11, 13, 10, 8, 26, "EET")
    gk = P("georgios.katsaros")
    url = "https://mydata-aade.gr-taxisnet.info/login?afm=%s&ref=%s" % (GR["afm"], infra.rhex(r, 10))
    n = r.randint(31, 48)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #cfd8dc"><tr><td style="background:#003476;color:#fff;padding:14px 20px;font-size:18px"><b>ΑΑΔΕ</b> - Ανεξάρτητη Αρχή Δημοσίων Εσόδων</td></tr>
<tr><td style="padding:20px">
<p><b>Θέμα: Μη διαβιβασθέντα παραστατικά στην ψηφιακή πλατφόρμα myDATA</b></p>
<p>Αξιότιμε/η κύριε/κυρία,</p>
<p>από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA με τα δεδομένα των αντισυμβαλλομένων σας, διαπιστώθηκαν <b>%d παραστατικά πωλήσεων</b> του γ΄ τριμήνου 2026 της επιχείρησης EXAMPLE HELLAS ΙΚΕ (ΑΦΜ %s) τα οποία δεν έχουν διαβιβαστεί εμπρόθεσμα.</p>
<p>Σύμφωνα με το άρθρο 54 του ν. 4987/2022 (ΚΦΔ), για κάθε μη διαβιβασθέν παραστατικό επιβάλλεται πρόστιμο. Έχετε τη δυνατότητα να υποβάλετε διευκρινίσεις ή να προβείτε σε εκπρόθεσμη διαβίβαση με μειωμένο πρόστιμο έως τις 20/11/2026.</p>
<p style="text-align:center"><a href="%s" style="background:#003476;color:#fff;padding:10px 24px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
<p>Με εκτίμηση,<br>Διεύθυνση Ελέγχων<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p>
<p style="font-size:11px;color:#777">Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.</p>
</td></tr></table></body></html>""" % (n, GR["afm"], Eq(url))
    root = mime.text(html, "html", "iso-8859-7", "quoted-printable", ct_style="bare")
    frm = mime.addr("ΑΑΔΕ - myDATA", "info@xenonas-thalassa.gr", "iso-8859-7", "B")
    mid = "<%s@xenonas-thalassa.gr>" % infra.ralnum(r, 43)
    ch = [hdr("Date", rfcdate(t, "EET")), hdr("To", gk[1]), hdr("From", frm),
          hdr("Subject", mime.hdr_text("Ειδοποίηση: μη διαβιβασθέντα παραστατικά στο myDATA - επιβολή προστίμου", "iso-8859-7", "B")),
          hdr("Message-ID", mid), hdr("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders.exim_cpanel(r, t, ch, frm, "cp07.greekhosting-cloud.gr", "198.51.100.212", local_php=True,
                            dkim_domain="xenonas-thalassa.gr", cpuser="xenthal", rcpt=gk[1])
    H, _, _ = infra.deliver(r, s, gk[1], dmarc=("pass", "none", "xenonas-thalassa.gr"))
    return spec(H, root,
                "'AADE' warns that the Greek entity failed to transmit sales documents to myDATA and faces fines; log in with TAXISnet credentials.",
                "Tax-authority credential phishing sent by PHPMailer from a hacked guesthouse website (the From address is the guesthouse's), TAXISnet login link to mydata-aade.gr-taxisnet.info, penalty deadline; AADE notifies via myAADE without login links (business/32).",
                urls=[url])


# ------------------------------------------------------------------ 33 ----
@msg("attack", "33", "el", "eurobank-kyc-qr-docx")
def a33(c):
    r = c.rng
    t = T(2026, 10, 19, 9, 37, 5, "EET")
    ep = P("eleni.papadopoulou")
    dom = "eurobank-business.info"
    qr = "https://kyc.eurobank-business.info/epikairopoiisi?c=%s" % infra.ralnum(r, 12, "abcdefghijkmnpqrstuvwxyz23456789")
    png = imgs.qr_png(qr, scale=6)
    docx = arch.make_docx([
        ("h", "Eurobank Business Banking"),
        ("b", "Επικαιροποίηση στοιχείων νομικού προσώπου (KYC)"),
        "Αγαπητέ πελάτη,",
        "Σύμφωνα με τον ν. 4557/2018 για την πρόληψη και καταστολή της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες, οι τράπεζες υποχρεούνται να επικαιροποιούν περιοδικά τα στοιχεία των επιχειρηματικών πελατών τους.",
        "Για την επιχείρηση EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ ΙΚΕ η προθεσμία επικαιροποίησης λήγει στις 31/10/2026. Μετά την ημερομηνία αυτή, οι συναλλαγές μέσω e-Banking θα περιοριστούν σε ερωτήσεις υπολοίπου.",
        "Για να ολοκληρώσετε την επικαιροποίηση, σαρώστε τον παρακάτω κωδικό QR με την κάμερα του κινητού σας και συνδεθείτε με τους κωδικούς e-Banking του νόμιμου εκπροσώπου.",
        ("img",),
        "Η διαδικασία διαρκεί περίπου 5 λεπτά.",
        "Με εκτίμηση,", "Eurobank Ergasias Υπηρεσιών και Συμμετοχών Α.Ε.", "Διεύθυνση Επιχειρηματικής Τραπεζικής"],
        (2026, 10, 19, 6, 12, 0), creator="Eurobank", title="Επικαιροποίηση στοιχείων KYC", image=png, company="Eurobank")
    text = """Αγαπητέ πελάτη,

σας ενημερώνουμε ότι τα στοιχεία της επιχείρησής σας χρειάζονται επικαιροποίηση σύμφωνα με το ισχύον κανονιστικό πλαίσιο (KYC/AML). Οι οδηγίες βρίσκονται στο συνημμένο έγγραφο.

Παρακαλούμε να ολοκληρώσετε τη διαδικασία έως τις 31/10/2026 για να αποφύγετε τον περιορισμό των συναλλαγών σας.

Με εκτίμηση,
Eurobank Business Banking
"""
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p style=\"color:#d6001c;font-weight:bold;font-size:18px\">Eurobank</p>" + \
        "".join("<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</body></html>"
    alt = kit.alt(infra.rhex(r, 32), text, html, "utf-8", "base64", ct_style="bare")
    att = mime.attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Epikairopoiisi_Stoixeion_KYC.docx", style="plain")
    root = kit.mixed(infra.rhex(r, 32), [alt, att], quoted=False)
    frm = mime.addr("Eurobank Business", "noreply@" + dom)
    mid = senders.mg_msgid(r, t, dom)
    ch = [hdr("Mime-Version", "1.0"), ("__CONTENT__", None),
          hdr("Subject", mime.hdr_text("Επικαιροποίηση στοιχείων επιχείρησης - προθεσμία 31/10/2026", "utf-8", "B")),
          hdr("From", frm), hdr("To", ep[1]), hdr("Date", rfcdate(t, "UTC", "pad")), hdr("Message-Id", mid), hdr("Sender", "noreply@" + dom)]
    s = senders.mailgun(r, t, ch, frm, dom, region="eu")
    senders.fix_rcpt(s, ep[1])
    H, _, _ = infra.deliver(r, s, ep[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Eurobank Business' asks for a KYC update by 31 October; instructions in a Word document with a QR code.",
                "Quishing via DOCX: QR code inside the Word file leads to kyc.eurobank-business.info, look-alike domain via Mailgun EU, restriction threat, asks for e-banking credentials of the legal representative.",
                qr=[qr])


# ------------------------------------------------------------------ 34 ----
@msg("attack", "34", "el", "makedonia-lookalike-epistrofi-diplis-pliromis")
def a34(c):
    r = c.rng
    t = T(2026, 12, 7, 12, 26, 48, "EET")
    gk = P("georgios.katsaros")
    dom = "makedonia-trofima.com"
    iban = ids.gen_iban(r, "GR", bank="034", branch="0001")
    amt = "18.640,00"
    text = """Καλημέρα σας κ. Κατσαρέ,

κατά τον έλεγχο των πληρωμών Νοεμβρίου διαπιστώσαμε ότι το τιμολόγιό σας ΤΠΥ 2026/1873 ποσού %s € εξοφλήθηκε εκ παραδρομής δύο φορές (στις 17/11 και στις 24/11), λόγω διπλής καταχώρισης στο e-banking.

Παρακαλούμε να μας επιστρέψετε το ποσό της διπλοπληρωμής στον λογαριασμό μας στην Optima bank, καθώς ο λογαριασμός της Πειραιώς είναι δεσμευμένος λόγω αλλαγής εξουσιοδοτημένων υπογραφών:

Δικαιούχος: ΜΑΚΕΔΟΝΙΑ ΤΡΟΦΙΜΑ Α.Ε.
IBAN: %s
Αιτιολογία: Επιστροφή διπλοπληρωμής ΤΠΥ 2026/1873

Σας επισυνάπτουμε την καρτέλα πελάτη όπου φαίνονται οι δύο καταβολές. Επειδή κλείνουμε μήνα, θα σας παρακαλούσαμε η επιστροφή να γίνει έως την Τετάρτη.

Ευχαριστούμε πολύ,

Λογιστήριο
Μακεδονία Τρόφιμα Α.Ε.
Οδός Σίνδου 14, 561 23 Αμπελόκηποι Θεσσαλονίκης
""" % (amt, ids.fmt_iban(iban))
    html = outlook_html(text, "el")
    rows = [[("b", "ΚΑΡΤΕΛΑ ΠΡΟΜΗΘΕΥΤΗ: EXAMPLE HELLAS ΙΚΕ")], [],
            [("b", "Ημερομηνία"), ("b", "Παραστατικό"), ("b", "Χρέωση"), ("b", "Πίστωση"), ("b", "Υπόλοιπο")],
            ["03/11/2026", "ΤΠΥ 2026/1873", "", ("n2", 18640.0), ("n2", 18640.0)],
            ["17/11/2026", "Πληρωμή - ΠΕΙΡΑΙΩΣ", ("n2", 18640.0), "", ("n2", 0.0)],
            ["24/11/2026", "Πληρωμή - ΠΕΙΡΑΙΩΣ", ("n2", 18640.0), "", ("n2", -18640.0)]]
    x = arch.make_xlsx([("Καρτέλα", rows, [12, 26, 12, 12, 12])], (2026, 12, 7, 10, 2, 0), creator="logistirio", company="Μακεδονία Τρόφιμα Α.Ε.")
    b1 = "----=_NextPart_000_%s_01DD6641.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    b2 = "----=_NextPart_001_%s_01DD6641.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    tp = mime.text(text, "plain", "windows-1253", "quoted-printable")
    hp = mime.text(finish_html(html, "windows-1253"), "html", "windows-1253", "quoted-printable")
    alt = mime.multipart_inline("alternative", [tp, hp], b2)
    att = mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Kartela_Example_Hellas.xlsx", style="plain")
    root = mime.multipart_inline("mixed", [alt, att], b1, preamble="This is a multipart message in MIME format.\r\n")
    frm = mime.addr("Λογιστήριο Μακεδονία Τρόφιμα", "logistirio@" + dom, "windows-1253", "B")
    mid = "<000001dd6641$%s$%s@%s>" % (infra.rhex(r, 8), infra.rhex(r, 8), dom)
    ch = [hdr("From", frm), hdr("To", mime.addr("Γεώργιος Κατσαρός", gk[1], "windows-1253", "B")),
          hdr("Subject", mime.hdr_text("Επιστροφή διπλοπληρωμής - ΤΠΥ 2026/1873", "windows-1253", "B")),
          hdr("Date", rfcdate(t, "EET")), hdr("Message-ID", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Mailer", "Microsoft Outlook 16.0"), hdr("Content-Language", "el")]
    host, ip = "mail." + dom, "203.0.113.%d" % r.randint(60, 99)
    inner = [senders.rec_submission(r, plus(t, 1), "185.%d.%d.%d" % (r.randint(100, 127), r.randint(0, 255), r.randint(1, 254)), host, "logistirio@" + dom)]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain=dom, selector="default", inner=inner, amavis=False, tz="EET")
    H, _, _ = infra.deliver(r, s, gk[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Makedonia Trofima' accounts claim they paid an invoice twice and ask the Greek entity to refund 18,640 EUR to a new Optima bank account.",
                "Overpayment-refund fraud from look-alike makedonia-trofima.com (real: .gr) on a VPS: refund to a different bank 'because the usual account is blocked', deadline, spreadsheet 'proof'; the real customer writes from makedonia-trofima.gr (business/33).",
                ibans=[iban], iban_notes={iban: "attacker"})


# ------------------------------------------------------------------ 35 ----
@msg("attack", "35", "el", "svg-voicemail-lure-ksenodoxeio")
def a35(c):
    r = c.rng
    t = T(2026, 11, 24, 8, 51, 13, "EET")
    ep = P("eleni.papadopoulou")
    url = "https://teams-voicemail.eu-central.workers-voice.com/listen?m=%s&u=%s" % (infra.rhex(r, 16), ep[1].replace("@", "%40"))
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" height="300" viewBox="0 0 480 300">
  <rect width="480" height="300" fill="#f5f5f5"/>
  <rect x="20" y="20" width="440" height="260" rx="8" fill="#ffffff" stroke="#d1d1d1"/>
  <rect x="20" y="20" width="440" height="46" rx="8" fill="#5b5fc7"/>
  <text x="40" y="50" font-family="Segoe UI, Arial" font-size="18" fill="#ffffff">Microsoft Teams - Φωνητικό μήνυμα</text>
  <text x="40" y="100" font-family="Segoe UI, Arial" font-size="14" fill="#242424">Νέο φωνητικό μήνυμα από +30 231 044 7719</text>
  <text x="40" y="124" font-family="Segoe UI, Arial" font-size="13" fill="#616161">Διάρκεια 0:47 · Δευτέρα 24/11/2026 08:44</text>
  <rect x="40" y="146" width="400" height="8" rx="4" fill="#e0e0e0"/>
  <rect x="40" y="146" width="70" height="8" rx="4" fill="#5b5fc7"/>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="40" y="186" width="180" height="40" rx="4" fill="#5b5fc7"/>
    <text x="62" y="212" font-family="Segoe UI, Arial" font-size="15" fill="#ffffff">Ακρόαση μηνύματος</text>
  </a>
  <text x="40" y="258" font-family="Segoe UI, Arial" font-size="11" fill="#8a8a8a">Για την ακρόαση απαιτείται σύνδεση με τον λογαριασμό Microsoft 365.</text>
</svg>
""" % (Eq(url), Eq(url))
    text = """Καλημέρα σας,

Έχετε νέο φωνητικό μήνυμα (0:47) στο Microsoft Teams.
Από: +30 231 044 7719
Ώρα: 24/11/2026 08:44

Ανοίξτε το συνημμένο για ακρόαση.

Microsoft Teams Voicemail
"""
    tp = mime.text(text, "plain", "utf-8", "base64", ct_style="bare")
    att = mime.attachment(svg.encode("utf-8"), "image/svg+xml", "VoiceMessage_0047_24112026.svg", style="plain")
    root = kit.mixed("=_" + infra.rhex(r, 32), [tp, att])
    frm = mime.addr("Teams Voicemail", "reservations@hotel-aigaio-chalkidiki.gr")
    mid = "<%s@hotel-aigaio-chalkidiki.gr>" % infra.rhex(r, 32)
    ch = [hdr("Date", rfcdate(t, "EET")), hdr("From", frm), hdr("To", ep[1]),
          hdr("Subject", mime.hdr_text("Φωνητικό μήνυμα από +30 231 044 7719 (0:47)", "utf-8", "B")),
          hdr("Message-ID", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("User-Agent", "Roundcube Webmail/1.6.9")]
    host, ip = "plesk3.hotel-aigaio-chalkidiki.gr", "198.51.100.230"
    inner = [senders.rec_submission(r, plus(t, 1), "46.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), host, "reservations@hotel-aigaio-chalkidiki.gr")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="hotel-aigaio-chalkidiki.gr", selector="default", inner=inner, amavis=False, tz="EET")
    H, _, _ = infra.deliver(r, s, ep[1], dmarc=("pass", "none", "hotel-aigaio-chalkidiki.gr"))
    return spec(H, root,
                "'Microsoft Teams' voicemail notification with an .svg attachment 'VoiceMessage'.",
                "SVG attachment lure from a hijacked hotel mailbox (Roundcube on Plesk): the SVG draws a Teams player whose button links to a credential page on workers-voice.com (script removed for inertness); Teams voicemail is never delivered as SVG from a third-party domain.",
                urls=[url], phones=["+30 231 044 7719"])


# ------------------------------------------------------------------ 36 ----
@msg("attack", "36", "el", "gemi-etisia-syndromi-apati")
def a36(c):
    r = c.rng
    t = T(2026, 10, 6, 11, 3, 37, "EET")
    ep = P("eleni.papadopoulou")
    dom = "gemi-mitroo.eu"
    iban = ids.gen_iban(r, "LT", bank="35000")
    ref = "ΓΕΜΗ-2027-%06d" % r.randint(0, 999999)
    text = """Προς: EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ ΙΚΕ
Αρ. Γ.Ε.ΜΗ.: 161482906000

Θέμα: Ετήσια τέλη διατήρησης εγγραφής και δημοσιότητας 2027

Σύμφωνα με την ισχύουσα νομοθεσία για το Γενικό Εμπορικό Μητρώο, οι εγγεγραμμένες επιχειρήσεις οφείλουν να καταβάλουν τα ετήσια τέλη διατήρησης της εγγραφής και δημοσίευσης των στοιχείων τους στο ηλεκτρονικό ευρετήριο επιχειρήσεων.

Ποσό: 487,00 € (συμπεριλαμβανομένου ΦΠΑ)
Προθεσμία: 20/10/2026
Αριθμός ειδοποίησης: %s

Τρόπος πληρωμής - τραπεζική μεταφορά:
Δικαιούχος: European Business Register Services UAB
IBAN: %s
BIC: EVIULT2VXXX
Αιτιολογία: %s

Σε περίπτωση μη έγκαιρης εξόφλησης, η εγγραφή σας θα επισημανθεί ως «μη ενήμερη» και θα επιβληθεί προσαύξηση 20%%.

Η παρούσα ειδοποίηση επισυνάπτεται και σε μορφή εγγράφου.

Μητρώο Επιχειρήσεων - Τμήμα Τελών
""" % (ref, ids.fmt_iban(iban), ref)
    docx = arch.make_docx([("h", "ΕΙΔΟΠΟΙΗΤΗΡΙΟ ΠΛΗΡΩΜΗΣ"), ("b", "Ετήσια τέλη διατήρησης εγγραφής 2027")] +
                          [p for p in text.strip().split("\n\n")] +
                          [("table", [["Περιγραφή", "Ποσό"], ["Τέλος διατήρησης εγγραφής 2027", "396,00 €"], ["ΦΠΑ 23%", "91,08 €"], ["Σύνολο (στρογγ.)", "487,00 €"]]),
                           "Η εγγραφή στο ευρετήριο είναι προαιρετική ιδιωτική υπηρεσία δημοσίευσης. Η πληρωμή συνεπάγεται αποδοχή των όρων χρήσης (gemi-mitroo.eu/oroi)."],
                          (2026, 10, 6, 8, 0, 0), creator="admin", title="Ειδοποιητήριο", company="EBRS")
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p style=\"font-weight:bold;color:#1a3d7c;font-size:17px\">ΓΕΝΙΚΟ ΜΗΤΡΩΟ ΕΠΙΧΕΙΡΗΣΕΩΝ - ΗΛΕΚΤΡΟΝΙΚΟ ΕΥΡΕΤΗΡΙΟ</p>" + \
        "".join("<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</body></html>"
    alt = kit.alt("=_alt_" + infra.rhex(r, 24), text, html, "utf-8", "quoted-printable")
    att = mime.attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Eidopoiitirio_2027.docx", style="plain")
    root = kit.mixed("=_" + infra.rhex(r, 32), [alt, att])
    frm = mime.addr("Μητρώο Επιχειρήσεων ΓΕΜΗ", "tele@" + dom, "utf-8", "B")
    mid = "<%s@smtp-relay.mailin.fr>" % infra.guid(r)
    ch = [hdr("From", frm), hdr("To", ep[1]), hdr("Subject", mime.hdr_text("Ειδοποίηση πληρωμής ετήσιων τελών Γ.Ε.ΜΗ. 2027 - %s" % ref, "utf-8", "B")),
          hdr("Date", rfcdate(t, "UTC", "plain")), hdr("Message-Id", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders.brevo(r, t, ch, frm, dom)
    senders.fix_rcpt(s, ep[1])
    H, _, _ = infra.deliver(r, s, ep[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'General Commercial Registry (GEMI)' demands 487 EUR annual 'registration maintenance fees' by bank transfer to a Lithuanian account.",
                "Register scam imitating ΓΕΜΗ from gemi-mitroo.eu via Brevo: private directory fee disguised as an official charge, foreign payment-institution IBAN, surcharge threat, disclaimer only in the attachment; the real chamber subscription uses an RF code and the chamber's own bank accounts (business/34).",
                ibans=[iban], iban_notes={iban: "attacker"})
