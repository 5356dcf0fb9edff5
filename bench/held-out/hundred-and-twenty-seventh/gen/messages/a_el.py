"""Attack messages, Greek (32-36)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.pdf import PDF
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

GR = W.OFF["GR"]
AE = W.AEGEAN


# ---------------------------------------------------------------------------------------------
@message("attack", "32-el-aade-mydata-phishing")
def a32(m):
    r = m.r
    t = at(2026, 10, 12, 9, 35, 10, zone="GR")
    afm = GR["ids"]["ΑΦΜ / VAT"][2:]
    link = "https://mydata-aade.gov-gr.info/login?ref=%s" % rhex(r, 12)
    text = ("ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ\nΗλεκτρονικά Βιβλία - myDATA\n\n"
            "Αγαπητέ/ή φορολογούμενε,\n\n"
            "Κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για τον μήνα Σεπτέμβριο 2026 εντοπίστηκαν "
            "αποκλίσεις μεταξύ των παραστατικών που διαβίβασε η επιχείρησή σας (ΑΦΜ %s) και των αντίστοιχων "
            "χαρακτηρισμών των αντισυμβαλλομένων.\n\n"
            "Αριθμός αποκλίσεων: 7\nΣυνολική αξία: 84.312,40 €\n\n"
            "Σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας, η μη διόρθωση εντός 5 εργάσιμων ημερών επισύρει την "
            "επιβολή προστίμου. Μπορείτε να δείτε τις αποκλίσεις και να προχωρήσετε σε διόρθωση μέσω της εφαρμογής:\n\n"
            "Προβολή αποκλίσεων: %s\n\n"
            "Για την είσοδο απαιτούνται οι κωδικοί TAXISnet του νόμιμου εκπροσώπου ή του λογιστή της επιχείρησης.\n\n"
            "Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\n\n"
            "Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντήσετε.\n" % (afm, link))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="margin:0;'
           'font-family:Arial,sans-serif;font-size:14px;color:#1c2833"><table width="620" cellpadding="0" cellspacing="0">'
           '<tr><td style="background:#003476;color:#fff;padding:16px 20px;font-size:18px"><b>ΑΑΔΕ</b> &nbsp;Ανεξάρτητη Αρχή '
           'Δημοσίων Εσόδων<div style="font-size:12px">Ηλεκτρονικά Βιβλία - myDATA</div></td></tr><tr><td style="padding:20px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[1:5]) +
           '<p><a href="%s" style="background:#046ec5;color:#fff;padding:10px 18px;text-decoration:none">Προβολή αποκλίσεων</a></p>'
           % link + "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[6:]) +
           '</td></tr></table></body></html>')
    root = m.multi("alternative", [m.text(text, "iso-8859-7", "quoted-printable"),
                                   m.html(htm, "iso-8859-7", "quoted-printable")], style="hex")
    ctx = m.ctx(t, ("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata-gov.gr"), [W.st("dimitris")],
                "myDATA: Εντοπίστηκαν αποκλίσεις στα παραστατικά Σεπτεμβρίου 2026 - απαιτείται ενέργεια", root, zone="GR",
                subj_cs="iso-8859-7", subj_enc="B")
    res = S.sendgrid(ctx, "em7731.aade-mydata-gov.gr", dkim_dom="aade-mydata-gov.gr")
    m.facts(url=[link])
    m.describe("Tax-authority phishing: 'ΑΑΔΕ myDATA' reports seven mismatches in September's transmitted invoices and "
               "threatens a fine unless corrected via a link that harvests TAXISnet credentials.",
               "Look-alike domain aade-mydata-gov.gr sent via SendGrid (checks pass for it); the real AADE is aade.gr "
               "and publishes mismatches inside myAADE, not via links; 5-day fine threat; accountant targeted.",
               pair="B32 (genuine e-invoice with MARK from the JV partner)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "33-el-aegean-lookalike-allagi-iban")
def a33(m):
    r = m.r
    t = at(2026, 11, 19, 11, 18, 44, zone="GR")
    mule = I.make_iban("GR", "026" + "0074" + "0000830200441917")
    cert = ("Η Eurobank Ergasias Υπηρεσιών και Συμμετοχών Α.Ε. βεβαιώνει ότι η εταιρεία ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε. "
            "(ΑΦΜ %s) είναι δικαιούχος του λογαριασμού όψεως με IBAN:\n\n%s\n\n"
            "Η παρούσα χορηγείται μετά από αίτηση του δικαιούχου για κάθε νόμιμη χρήση." % (AE["afm"], I.iban_fmt(mule)))
    pdfb = docs.letter_pdf(m, "Eurobank", ["Κατάστημα Πειραιά - Ακτή Μιαούλη", "Ακτή Μιαούλη 83", "185 38 Πειραιάς"],
                           ["ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε.", "Ηρώων Πολυτεχνείου 51", "185 35 Πειραιάς"],
                           "Πειραιάς, 18/11/2026", "ΒΕΒΑΙΩΣΗ ΔΙΚΑΙΟΥΧΟΥ ΛΟΓΑΡΙΑΣΜΟΥ", cert,
                           ["Eurobank", "Κατάστημα Πειραιά"], [["Eurobank Ergasias Υπηρεσιών και Συμμετοχών Α.Ε.",
                                                                "Όθωνος 8, 105 57 Αθήνα"]],
                           t, 120, creator="Microsoft Word", producer="Microsoft: Print To PDF", color=(180, 20, 40),
                           lang="el-GR", stamp=["EUROBANK", "ΚΑΤΑΣΤΗΜΑ ΠΕΙΡΑΙΑ", "ΑΚΤΗ ΜΙΑΟΥΛΗ"])
    text = ("Καλημέρα κ. Γεωργίου,\n\n"
            "σας ενημερώνουμε ότι λόγω αλλαγής της συνεργαζόμενης τράπεζας, οι πληρωμές προς την εταιρεία μας θα "
            "γίνονται πλέον αποκλειστικά στον νέο λογαριασμό μας στην Eurobank. Ο λογαριασμός στην Εθνική Τράπεζα "
            "παύει να χρησιμοποιείται για εισπράξεις από 20/11/2026.\n\n"
            "Παρακαλούμε η εξόφληση του τιμολογίου 2026/ΤΠΥ/0419 (επιμερισμός κόστους κοινοπραξίας Οκτωβρίου, "
            "126.480,00 €) να γίνει στον παρακάτω λογαριασμό:\n\n"
            "Δικαιούχος: ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε.\nΤράπεζα: Eurobank\nIBAN: %s\n\n"
            "Επισυνάπτουμε τη σχετική βεβαίωση της τράπεζας. Επειδή κλείνουμε τον μήνα, θα σας παρακαλούσαμε να μας "
            "στείλετε το αποδεικτικό της μεταφοράς μόλις γίνει.\n\n"
            "Με εκτίμηση,\nΛογιστήριο\nAegean Marine Constructions S.A.\nΗρώων Πολυτεχνείου 51, 185 35 Πειραιάς\n"
            "Τηλ. +30 210 41 73 200\n" % I.iban_fmt(mule))
    root = m.multi("mixed", [m.text(text, "windows-1253", "quoted-printable"),
                             m.attach(pdfb, "application/pdf", "Βεβαίωση_IBAN_Eurobank.pdf", fstyle="windows-1253:B")],
                   style="php")
    ctx = m.ctx(t, ("Aegean Marine - Λογιστήριο", "accounting@aegean-marine.gr"), [W.st("dimitris")],
                "Αλλαγή τραπεζικού λογαριασμού - τιμολόγιο 2026/ΤΠΥ/0419", root, zone="GR", subj_cs="windows-1253",
                subj_enc="B")
    mua = S.outlook_smtp_mua(ctx, "el")
    res = S.cpanel(ctx, "linux41.hostingpoint.gr", "185.4.133.41", mode="smtp", client=("[192.168.1.10]", "94.66.57.201"),
                   dkim_dom="aegean-marine.gr", mua=mua, dmarc=("pass", "none"), domain_for_abuse="aegean-marine.gr")
    m.facts(iban=[mule])
    m.phone("+30 210 41 73 200")
    m.describe("Bank-detail change from a look-alike of the joint-venture partner (aegean-marine.gr with hyphen instead "
               "of aegeanmarine.gr): the October cost-share invoice of EUR 126,480 is to be paid to a new Eurobank "
               "account, 'confirmed' by a forged bank certificate.",
               "Look-alike domain on Greek shared hosting (checks pass for it); the partner's real mail comes from its "
               "Zimbra server; forged certificate printed through 'Microsoft: Print To PDF'; asks for the payment proof.",
               pair="B32 (genuine JV invoice with the NBG account), B33 (genuine JV correspondence)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "34-el-winbank-business-phishing")
def a34(m):
    r = m.r
    t = at(2026, 10, 28, 8, 22, 33, zone="GR")
    link = "https://winbank-business.piraeus-verify.com/el/auth?sid=%s" % rhex(r, 20)
    text = ("Αγαπητέ/ή πελάτη,\n\n"
            "Σας ενημερώνουμε ότι η ισχύς της συσκευής έγκρισης συναλλαγών (winbank business app) που είναι συνδεδεμένη "
            "με τον κωδικό χρήστη σας λήγει στις 30/10/2026. Μετά την ημερομηνία αυτή δεν θα είναι δυνατή η έγκριση "
            "μεταφορών, μισθοδοσίας και πληρωμών προμηθευτών.\n\n"
            "Για να ανανεώσετε την πιστοποίηση της συσκευής σας, επιλέξτε «Ανανέωση» και ακολουθήστε τα βήματα:\n%s\n\n"
            "Η διαδικασία διαρκεί λιγότερο από 3 λεπτά.\n\n"
            "Με εκτίμηση,\nΤράπεζα Πειραιώς - winbank business\n" % link)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="margin:0;'
           'background:#f2f2f2"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
           'font-family:Arial,sans-serif;font-size:14px;color:#222"><tr><td style="background:#ffd200;padding:18px 24px;'
           'font-size:20px;color:#1a1a1a"><b>ΠΕΙΡΑΙΩΣ</b> winbank business</td></tr><tr><td style="padding:24px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[:2]) +
           '<p style="text-align:center"><a href="%s" style="background:#1a1a1a;color:#ffd200;padding:12px 30px;'
           'text-decoration:none;font-weight:bold">Ανανέωση</a></p>' % link +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[3:]) +
           '</td></tr></table></body></html>')
    alt = m.multi("alternative", [m.text(text, "iso-8859-7", "quoted-printable"), m.html(htm, "iso-8859-7", "quoted-printable")],
                  style="php")
    ctx = m.ctx(t, ("Piraeus Bank winbank", "noreply@kafeteria-aigaio.gr"), [W.st("eleni")],
                "winbank business: η πιστοποίηση της συσκευής σας λήγει στις 30/10/2026", alt, zone="GR",
                subj_cs="iso-8859-7", subj_enc="B")
    ctx.env_from = "kafeteri@cp02.greekwebhost.gr"
    ctx.msgid = "<%s@kafeteria-aigaio.gr>" % rstr(r, 43, ALNUM)
    res = S.cpanel(ctx, "cp02.greekwebhost.gr", "185.138.42.16", user="kafeteri", dmarc=None, spf="pass",
                   domain_for_abuse="kafeteria-aigaio.gr")
    m.facts(url=[link])
    m.describe("Corporate-banking phishing in Greek: 'Piraeus Bank winbank business' claims the approval device expires "
               "on 30/10 and links to a fake renewal page.",
               "PHP mail from a compromised café website (no DKIM/DMARC for the From domain) with a bank display name; "
               "link domain piraeus-verify.com; deadline two days out; banks do not renew device certificates via "
               "e-mail links.",
               pair="B34 (genuine Piraeus Bank notice)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "35-el-canva-koinopoiisi-kataxrisi")
def a35(m):
    r = m.r
    t = at(2026, 12, 8, 13, 10, 2, zone="GR")
    did = "DAG" + rstr(r, 8, ALNUM)
    link = ("https://www.canva.com/design/%s/%s/view?utm_content=%s&utm_campaign=designshare&utm_medium=link2"
            "&utm_source=sharebutton" % (did, rb64url(r, 16), did))
    title = "Εντολή Πληρωμής Κοινοπραξίας - Νοέμβριος 2026.pdf"
    text = ("Η Aegean Marine Constructions σας κάλεσε να δείτε ένα σχέδιο\n\n%s\n\n"
            "«Παρακαλώ δείτε την εντολή πληρωμής της κοινοπραξίας για τον Νοέμβριο και επιβεβαιώστε.»\n\n"
            "Άνοιγμα σχεδίου: %s\n\n"
            "Λάβατε αυτό το email επειδή η Aegean Marine Constructions σάς προσκάλεσε σε ένα σχέδιο στο Canva.\n"
            "Canva, 110 Kippax St, Surry Hills NSW 2010, Australia\n" % (title, link))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;'
           'background:#f6f7f8"><table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
           'font-family:Canva Sans,Helvetica,Arial,sans-serif;color:#0e1318;border-radius:8px"><tr><td style="padding:28px 32px '
           '8px"><span style="font-size:24px;font-weight:bold;color:#8b3dff">Canva</span></td></tr><tr><td style="padding:8px 32px;'
           'font-size:20px"><b>Η Aegean Marine Constructions σας κάλεσε να δείτε ένα σχέδιο</b></td></tr><tr><td style="padding:12px 32px;'
           'font-size:15px">&#128196; %s<br><br><i>«Παρακαλώ δείτε την εντολή πληρωμής της κοινοπραξίας για τον Νοέμβριο και '
           'επιβεβαιώστε.»</i></td></tr><tr><td style="padding:16px 32px 28px"><a href="%s" style="background:#8b3dff;color:#fff;'
           'padding:12px 24px;border-radius:6px;text-decoration:none;font-weight:bold">Άνοιγμα σχεδίου</a></td></tr>'
           '<tr><td style="padding:16px 32px;font-size:11px;color:#6b7280;border-top:1px solid #eee">Λάβατε αυτό το email επειδή '
           'η Aegean Marine Constructions σάς προσκάλεσε σε ένα σχέδιο στο Canva.<br>Canva, 110 Kippax St, Surry Hills NSW 2010, '
           'Australia</td></tr></table></body></html>' % (html_escape(title), link))
    root = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                   style="java")
    ctx = m.ctx(t, ("Canva", "no-reply@canva.com"), [W.st("eleni")],
                "Η Aegean Marine Constructions σας κάλεσε να δείτε το σχέδιο «%s»" % title, root, zone="GR")
    res = S.ses(ctx, "us-east-1", dom_sel="canva-ses-2024", mail_from_dom="mail.canva.com", dkim_dom="canva.com")
    m.facts(url=[link])
    m.describe("Abuse of Canva's real sharing mail: an account named 'Aegean Marine Constructions' shares a 'JV payment "
               "order' design; the design itself carries a button to a Microsoft 365 credential page.",
               "Genuine Canva/SES infrastructure (DKIM canva.com and amazonses.com, DMARC pass) and a real canva.com "
               "link, so reputation checks are clean; the JV partner never exchanges payment orders through Canva; the "
               "account name merely borrows the partner's name.",
               pair="B35 (genuine Canva share by a colleague)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "36-el-exodiko-pdf-syndesmos")
def a36(m):
    r = m.r
    t = at(2026, 11, 16, 15, 47, 58, zone="GR")
    link = "https://docs-karagiannis-law.sharefile-eu.com/d-s%s" % rhex(r, 24)
    d = PDF(r, title="Εξώδικη Δήλωση", author="Karagiannis Law", creator="Microsoft Word", producer="Adobe PDF Library 23.1",
            created=t, offset_min=120, lang="el-GR")
    p = d.page()
    p.rect(40, 36, 515, 3, fill=(60, 60, 60))
    p.text(40, 70, "ΔΙΚΗΓΟΡΙΚΟ ΓΡΑΦΕΙΟ ΚΑΡΑΓΙΑΝΝΗ & ΣΥΝΕΡΓΑΤΩΝ", 14, True, (40, 40, 40))
    p.text(40, 86, "Σκουφά 64, 106 80 Αθήνα · Τηλ. +30 210 36 12 884", 8.5, color=(90, 90, 90))
    p.text(297, 150, "ΕΞΩΔΙΚΗ ΔΗΛΩΣΗ - ΠΡΟΣΚΛΗΣΗ - ΔΙΑΜΑΡΤΥΡΙΑ", 13, True, align="center")
    y = p.para(40, 185, 515, "Της ανώνυμης εταιρείας «ΝΑΥΤΙΛΙΑΚΗ ΕΤΑΙΡΕΙΑ ΑΡΓΟΝΑΥΤΗΣ Α.Ε.», που εδρεύει στον Πειραιά, "
               "νομίμως εκπροσωπούμενης.\n\nΠΡΟΣ: την ανώνυμη εταιρεία «EXAMPLE GROUP HELLAS ΘΑΛΑΣΣΙΑ ΕΡΓΑ ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.», "
               "Ακτή Μιαούλη 47, Πειραιάς.\n\nΚατά τις εργασίες εκβάθυνσης της 02/11/2026 στον Προβλήτα ΙΙΙ προκλήθηκε "
               "ζημία στο ρυμουλκό «ΑΡΓΩ ΙΙ» της εντολέως μας. Σας καλούμε να καταβάλετε την αποζημίωση που αναλύεται "
               "στο πλήρες κείμενο της παρούσας, άλλως θα προσφύγουμε στα αρμόδια δικαστήρια.\n\n"
               "Το πλήρες κείμενο και η τεχνική έκθεση διατίθενται ηλεκτρονικά για λόγους εμπιστευτικότητας.", 10.5, leading=15)
    y += 10
    label = "Προβολή πλήρους εγγράφου (ασφαλής σύνδεσμος)"
    w = p.width(label, 11, True) + 30
    p.rect(40, y, w, 26, fill=(20, 90, 160))
    p.text(55, y + 17, label, 11, True, (255, 255, 255))
    p.link(40, y, w, 26, link)
    p.text(40, y + 60, "Αθήνα, 16 Νοεμβρίου 2026", 10)
    p.text(40, y + 76, "Ο πληρεξούσιος δικηγόρος", 10)
    p.text(40, y + 92, "Νικόλαος Καραγιάννης (ΑΜ ΔΣΑ 31842)", 10)
    pdfb = d.build()
    text = ("Καλησπέρα σας,\n\n"
            "κατ' εντολή της εταιρείας «ΝΑΥΤΙΛΙΑΚΗ ΕΤΑΙΡΕΙΑ ΑΡΓΟΝΑΥΤΗΣ Α.Ε.» σας επισυνάπτουμε εξώδικη δήλωση - "
            "πρόσκληση - διαμαρτυρία σχετικά με τη ζημία που προκλήθηκε στο ρυμουλκό «ΑΡΓΩ ΙΙ» κατά τις εργασίες "
            "εκβάθυνσης στον Προβλήτα ΙΙΙ.\n\n"
            "Το πλήρες κείμενο είναι διαθέσιμο μέσω του συνδέσμου στο συνημμένο έγγραφο. Η επίδοση με δικαστικό "
            "επιμελητή θα ακολουθήσει.\n\n"
            "Παρακαλούμε για την επιβεβαίωση παραλαβής.\n\n"
            "Με τιμή,\nΝικόλαος Καραγιάννης\nΔικηγόρος\nΤηλ. +30 210 36 12 884\n")
    root = gmail_body(m, text, attachments=[m.attach(pdfb, "application/pdf", "Εξώδικη_δήλωση_Example_Group_Hellas.pdf",
                                                     style="gmail", cid="f_%s" % rstr(r, 9, "abcdefghijklmnopqrstuvwxyz0123456789"))])
    ctx = m.ctx(t, ("Δικηγορικό Γραφείο Καραγιάννη", "karagiannis.lawoffice@gmail.com"), [W.st("eleni")],
                "Εξώδικη δήλωση - πρόσκληση - διαμαρτυρία (ζημία ρυμουλκού ΑΡΓΩ ΙΙ)", root, zone="GR")
    res = S.gmail(ctx)
    m.facts(url=[link])
    m.phone("+30 210 36 12 884")
    m.describe("Fake extrajudicial notice (εξώδικο) claiming damage to a tug during the Piraeus dredging works; the PDF "
               "contains only a summary and a 'view full document' link button to a fake file-share login.",
               "Lawyer from a Gmail address (checks pass), plausible local pretext, legal pressure; the link hides inside "
               "a PDF link annotation on sharefile-eu.com (not a Citrix ShareFile domain); real εξώδικα are served by a "
               "court bailiff with the full text.",
               pair="B36 (genuine mail from the company's own lawyer)")
    return m.finish(ctx, res)
