"""Greek messages (attack 32-36, business 32-36)."""
import base64
import hashlib

from . import docs, ids, mime, mta
from . import util as U
from . import world as W
from .core import (P, Msg, att, esc, fit, gmail_html, once, outlook_alt, outlook_html, outlook_mixed,
                   outlook_quote_header, paras_html)
from .templates import adobe_sign_email

GR = W.OFFICES["GR"]
MV = W.MAVRIDIS
NIKOS = ("Nikolaos Georgiou", "nikolaos.georgiou@examplegroup.eu")
ELENI = ("Eleni Papadopoulou", "eleni.papadopoulou@example.com")
MAV = ("Γιώργος Μαυρίδης", "g.mavridis@mavridis-conservation.gr")
MAV_SIG = ("Με εκτίμηση,\n\nΓιώργος Μαυρίδης\nΣυντηρητής Έργων Τέχνης και Αρχαιοτήτων\nΕργαστήριο Συντήρησης "
           "Έργων Τέχνης Γ. Μαυρίδη\nΑριστοτέλους 41, 104 33 Αθήνα\nΤηλ. +30 210 8820 547")


def _mav_send(m, root, client_rdns, client_ip, helo, order=None):
    return m.finish(mta.exim_cpanel, root, server="sv41.hostingathens.gr", server_ip="185.138.42.41",
                    client_rdns=client_rdns, client_ip=client_ip, helo=helo, order=order, zone="EET")


# =================================================================== ATTACKS
def a32():
    m = Msg("32-el-aade-epistrofi-fpa-phishing.eml", "attack", "el")
    m.frm = ("ΑΑΔΕ - myAADE", "enimerosi@myaade-gr.com")
    m.to = [("", NIKOS[1])]
    m.subject = "Ειδοποίηση επιστροφής ΦΠΑ – Απαιτείται επιβεβαίωση τραπεζικού λογαριασμού (αρ. πρωτ. 771842/2026)"
    m.date = U.local("EET", 2026, 11, 6, 10, 12, 4)
    m.date_zone = "EET"
    m.msgid = "<%s@geopod-ismtpd-%d>" % (U.b64(m.rng, 16, urlsafe=True), m.rng.randint(1, 40))
    url = "https://myaade-gr.com/epistrofi/?afm=%s&ref=771842" % GR["tax"]
    text = ("Αγαπητέ/ή φορολογούμενε,\n\nσας ενημερώνουμε ότι από την εκκαθάριση της περιοδικής δήλωσης ΦΠΑ "
            "Γ' τριμήνου 2026 της επιχείρησης με ΑΦΜ %s (EXAMPLE GROUP ΔΗΜΟΠΡΑΣΙΕΣ Μ.Ι.Κ.Ε.) προκύπτει ποσό "
            "επιστροφής 4.812,36 €.\n\nΓια να ολοκληρωθεί η πίστωση, απαιτείται επιβεβαίωση του τραπεζικού λογαριασμού "
            "(IBAN) της επιχείρησης μέσω της υπηρεσίας myAADE έως τις 13/11/2026. Μετά την ημερομηνία αυτή το αίτημα "
            "επιστροφής αρχειοθετείται.\n\nΕπιβεβαίωση στοιχείων (με κωδικούς TAXISnet):\n%s\n\nΜε εκτίμηση,\n"
            "Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nΓενική Διεύθυνση Φορολογικής Διοίκησης\n\nΤο μήνυμα αυτό δημιουργήθηκε "
            "αυτόματα. Παρακαλούμε μην απαντάτε.\n") % (GR["tax"], url)
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;'
            'font-family:Arial,sans-serif;background:#eef2f6"><table width="100%%"><tr><td align="center" '
            'style="padding:20px"><table width="600" style="background:#fff"><tr><td style="background:#003476;'
            'padding:16px 24px;color:#fff;font-size:18px"><b>ΑΑΔΕ</b> | myAADE</td></tr><tr><td style="padding:24px;'
            'font-size:14px;line-height:21px;color:#222">%s<p style="text-align:center"><a href="%s" '
            'style="background:#0071bc;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px">'
            'Επιβεβαίωση στοιχείων</a></p></td></tr></table></td></tr></table></body></html>\n') % (
        paras_html(text.split("\n\nΕπιβεβαίωση στοιχείων")[0]), url.replace("&", "&amp;"))
    root = P("multipart/alternative", boundary=U.hexs(m.rng, 64), children=[
        P("text/plain", text=text, charset="utf-8", cte="base64"),
        P("text/html", text=html, charset="utf-8", cte="base64")])
    m.envfrom = "bounces+%d-%s-nikolaos.georgiou=examplegroup.eu@em2291.myaade-gr.com" % (
        m.rng.randint(10 ** 7, 10 ** 8), U.hexs(m.rng, 4))
    m.what = ("Greek tax-authority (AADE/myAADE) phishing: 'VAT refund of 4.812,36 EUR, confirm IBAN by 13/11' with a "
              "link to myaade-gr.com asking for TAXISnet credentials; sent via SendGrid.")
    m.why = ("Look-alike domain of aade.gr, refund bait plus deadline, credential page for TAXISnet (gives access to "
             "the company's tax account and IBAN settings), bulk ESP.")
    return m.finish(mta.sendgrid, root, em_sub="em2291")


def a33():
    m = Msg("33-el-agorastis-kypros-proplirwmi.eml", "attack", "el")
    m.frm = ("Dimitris Karalis", "d.karalis.collection@gmail.com")
    m.to = [("", ELENI[1])]
    m.subject = "Ενδιαφέρον για αγορά έργων πριν τη δημοπρασία – πληρωμή μέσω Κύπρου"
    m.date = U.local("EET", 2026, 10, 19, 21, 37, 25)
    m.date_zone = "EET"
    m.msgid = U.gmail_msgid(m.rng)
    m.fact("phones", "+357 25 030 418", "+357 99 612 774")
    text = ("Καλησπέρα σας κυρία Παπαδοπούλου,\n\nονομάζομαι Δημήτρης Καραλής, είμαι συλλέκτης ελληνικής ζωγραφικής "
            "και ζω μόνιμα στη Λεμεσό. Είδα τον κατάλογο της επόμενης δημοπρασίας σας και θα ήθελα να αγοράσω πριν "
            "τη δημοπρασία (private sale) τις παρτίδες 14, 22 και 37 στην ανώτατη εκτίμηση, συνολικά 68.000 €.\n\n"
            "Η πληρωμή θα γίνει ολόκληρη εκ των προτέρων από την εταιρεία μου στην Κύπρο. Επειδή πρόκειται για "
            "διασυνοριακή μεταφορά μεγάλου ποσού, η τράπεζά μου απαιτεί πιστοποιητικό εκκαθάρισης (AML clearance "
            "certificate) για τον δικαιούχο, το οποίο εκδίδει ο συνεργάτης τους Apex Transfer Clearing Ltd "
            "(clearance@apextransfer-cy.com, τηλ. +357 25 030 418). Το κόστος είναι 1.450 € και πληρώνεται από τον "
            "δικαιούχο, αλλά θα σας το επιστρέψω μαζί με το τίμημα.\n\nΑν συμφωνείτε, στείλτε μου τα στοιχεία της "
            "εταιρείας σας για να ξεκινήσει η διαδικασία αμέσως. Μπορείτε να με καλέσετε και στο +357 99 612 774.\n\n"
            "Με εκτίμηση,\nΔημήτρης Καραλής\n")
    root = P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="base64"),
        P("text/html", text=gmail_html(text), charset="UTF-8", cte="base64")])
    m.what = ("Advance-fee fraud against the seller: a 'collector in Limassol' (Gmail) wants to buy three lots before "
              "the sale for 68.000 EUR but the Athens office must first pay 1.450 EUR for an 'AML clearance "
              "certificate' to an agent.")
    m.why = ("Too-good offer at top estimate, pre-payment by the seller for a fictitious certificate, third-party "
             "agent domain, free-mail buyer; no links or attachments to scan.")
    return m.finish(mta.gmail, root)


def a34():
    m = Msg("34-el-mavridis-thread-hijack-iban.eml", "attack", "el")
    orig = b32()
    m.frm = MAV
    m.to = [NIKOS]
    m.subject = "RE: " + orig.subject
    m.date = U.local("EET", 2026, 11, 25, 15, 6, 40)
    m.date_zone = "EET"
    m.msgid = "<%s@mavridis-conservation.gr>" % U.hexs(m.rng, 32)
    m.in_reply_to = orig.msgid
    m.references = orig.msgid
    m.hcharset = ("utf-8", "B")
    new = ids.make_iban("GR", "0260" + "214" + "0000150201846631")
    m.fact("ibans", new, MV["iban"])
    quoted = outlook_quote_header("el", MAV[0], MAV[1], orig.date, "EET", "%s <%s>" % NIKOS, orig.subject)
    text = ("Καλησπέρα κ. Γεωργίου,\n\nσχετικά με το τιμολόγιο 2026/147, σας ενημερώνω ότι λόγω ελέγχου που "
            "βρίσκεται σε εξέλιξη ο λογαριασμός μας στην Εθνική Τράπεζα έχει δεσμευτεί προσωρινά και οι εισερχόμενες "
            "μεταφορές επιστρέφονται.\n\nΣας παρακαλώ η εξόφληση (1.798,00 €) να γίνει στον λογαριασμό μας στη "
            "Eurobank:\n\nΔικαιούχος: Μαυρίδης Γεώργιος\nIBAN: %s\n\nΘα σας ήμουν ευγνώμων αν μου στέλνατε το "
            "αποδεικτικό μόλις γίνει η μεταφορά. Αυτές τις μέρες είμαι σε εργασίες σε μοναστήρι στη Μάνη και δεν "
            "έχω καλό σήμα, οπότε καλύτερα επικοινωνία με email.\n\n%s\n\n%s\n\n%s") % (
        ids.fmt_iban(new), MAV_SIG, quoted, orig.body_text)
    root = P("text/plain", text=text, charset="UTF-8", cte="8bit", params=["format=flowed"])
    m.what = ("Thread hijacking from the conservator's real, compromised cPanel mailbox: reply to his genuine invoice "
              "2026/147 asking to pay 1.798,00 EUR to a 'Eurobank' account because the NBG account is 'frozen'.")
    m.why = ("Genuine domain and DKIM (cPanel), but sent via Roundcube from an unusual IP instead of his Outlook, "
             "plain UTF-8 instead of his windows-1253 mails, new IBAN in a personal name, 'no phone signal' to "
             "avoid a call-back.")
    return _mav_send(m, root, "unknown", "203.0.113.230", "[127.0.0.1]",
                     order=["MIME-Version", "Date", "From", "To", "Subject", "In-Reply-To", "References",
                            "Message-ID", "=User-Agent: Roundcube Webmail/1.6.6", "__MIME__"])


def a35():
    m = Msg("35-el-sharepoint-kompromittiert-nereus.eml", "attack", "el")
    m.frm = ("Ιωάννα Βλάχου", "no-reply@sharepointonline.com")
    m.to = [("", ELENI[1])]
    m.subject = "Η Ιωάννα Βλάχου κοινοποίησε το αρχείο \"Nereus_Εκκαθάριση_Πωλήσεων_2026.pdf\" μαζί σας"
    m.date = U.local("EET", 2026, 12, 3, 11, 44, 12)
    m.date_zone = "UTC"
    m.ol_server = U.outlook_server(m.rng, "EUR")
    m.msgid = U.outlook_msgid(m.rng, m.ol_server)
    m.content_lang = "el-GR"
    m.accept_lang = "el-GR, en-US"
    url = ("https://nereusmaritime-my.sharepoint.com/:b:/g/personal/i_vlachou_nereus-maritime_gr/"
           "EVq7Xn2dRkBOm4p8TfWc1sMBa5hK9LzqYt0vU3eJ6rN2Qw?e=4fQx9b")
    msg = ("Καλησπέρα Ελένη, σου στέλνω την εκκαθάριση για τα έργα που πουλήθηκαν. Χρειάζεται επιβεβαίωση από εσάς "
           "έως αύριο.")
    text = ("Η Ιωάννα Βλάχου κοινοποίησε ένα αρχείο μαζί σας\n\n%s\n\nNereus_Εκκαθάριση_Πωλήσεων_2026.pdf\n\n"
            "Άνοιγμα: %s\n\nΑυτή η πρόσκληση θα λειτουργήσει μόνο για τον απευθυνόμενο παραλήπτη.\n\n"
            "Δήλωση προστασίας προσωπικών δεδομένων της Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839\n") % (
        msg, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table style="font-family:\'Segoe UI\',Tahoma,sans-serif;max-width:520px"><tr><td style="font-size:21px;'
            'color:#333;padding:20px 0">Η Ιωάννα Βλάχου κοινοποίησε ένα αρχείο μαζί σας</td></tr><tr><td '
            'style="font-size:14px;color:#333;padding-bottom:16px">%s</td></tr><tr><td style="border:1px solid #e1dfdd;'
            'padding:12px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240925.001/assets/'
            'item-types/48/pdf.png" width="32" height="32" alt=""> <b>Nereus_Εκκαθάριση_Πωλήσεων_2026.pdf</b></td>'
            '</tr><tr><td style="padding:16px 0"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;'
            'text-decoration:none">Άνοιγμα</a></td></tr><tr><td style="font-size:12px;color:#666">Αυτή η πρόσκληση θα '
            'λειτουργήσει μόνο για τον απευθυνόμενο παραλήπτη.</td></tr><tr><td style="font-size:12px;color:#666;'
            'padding-top:20px"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Δήλωση προστασίας προσωπικών '
            'δεδομένων της Microsoft</a></td></tr></table></body></html>\n') % (esc(msg), url)
    root = P("multipart/alternative", boundary=U.outlook_boundary(m.rng, 0, m.msgid.strip("<>")), children=[
        P("text/plain", text=text, charset="utf-8", cte="base64"),
        P("text/html", text=html, charset="utf-8", cte="base64")])
    m.envfrom = "no-reply@sharepointonline.com"
    m.what = ("Real SharePoint Online sharing notification generated from the compromised Microsoft 365 tenant of a "
              "consignor (Nereus Maritime): the shared PDF 'settlement' on SharePoint links on to a credential page.")
    m.why = ("Genuine Microsoft infrastructure (DKIM sharepointonline.com), but the consignor never shares files "
             "this way (uses Adobe Sign/e-mail), a seller sending the auction house 'its' settlement is backwards, "
             "deadline 'by tomorrow'; part of a wave from the same tenant.")
    return m.finish(mta.m365, root, region="EUR", lang="el", tenant_id=W.NEREUS["tenant"],
                    originator_org="nereus-maritime.gr", crosstenant_upn=False)


def a36():
    m = Msg("36-el-adobe-sign-abuse-oroi-pliromis.eml", "attack", "el")
    sname, semail = "Nereus Maritime Accounts", "nereus.maritime.accounts@gmail.com"
    m.frm = ("%s via Adobe Acrobat Sign" % sname, "adobesign@adobesign.com")
    m.reply_to = [(sname, semail)]
    m.to = [NIKOS]
    m.subject = "Παρακαλώ υπογράψτε: Τροποποίηση όρων εκκαθάρισης – Nereus Maritime / Example Group"
    m.date = U.local("EET", 2026, 12, 10, 12, 20, 55)
    m.date_zone = "UTC"
    m.msgid = "<%s@adobesign.com>" % U.uuid4(m.rng)
    msg = ("Κύριε Γεωργίου, σας αποστέλλουμε προς υπογραφή την τροποποίηση των όρων εκκαθάρισης της σύμβασης "
           "ανάθεσης. Το προϊόν της πώλησης της 5ης Δεκεμβρίου θα πρέπει να καταβληθεί στον νέο λογαριασμό της "
           "εταιρείας μας που αναφέρεται στο έγγραφο. Παρακαλούμε για υπογραφή σήμερα.\n\nΛογιστήριο Nereus Maritime")
    root, link = adobe_sign_email(m, sname, semail, NIKOS[0], msg,
                                  "Τροποποίηση όρων εκκαθάρισης – Nereus Maritime / Example Group")
    m.envfrom = "bounce-%s@adobesign.com" % U.hexs(m.rng, 12)
    m.what = ("Real Adobe Acrobat Sign request from an attacker's free account ('Nereus Maritime Accounts', Gmail) "
              "asking the Athens accountant to sign 'amended settlement terms' that redirect sale proceeds to a new "
              "account.")
    m.why = ("Abuse of a genuine e-signature platform (authentication passes), sender identity is Gmail instead of "
             "nereus-maritime.gr, payment-route change and same-day pressure right after the sale.")
    return m.finish(mta.adobesign, root)


# =================================================================== BUSINESS
@once
def b32():
    m = Msg("32-el-mavridis-timologio-mydata-qr.eml", "business", "el")
    m.frm = MAV
    m.to = [NIKOS]
    m.cc = [ELENI]
    m.subject = "Τιμολόγιο 2026/147 – Συντήρηση εικόνας «Άγιος Γεώργιος» (παρτίδα 43)"
    m.date = U.local("EET", 2026, 11, 6, 12, 51, 8)
    m.date_zone = "EET"
    m.msgid = "<001d01dd6a0f$%s$%s@mavridis-conservation.gr>" % (U.hexs(m.rng, 8), U.hexs(m.rng, 8))
    m.hcharset = ("windows-1253", "B")
    iban = MV["iban"]
    m.fact("ibans", iban)
    mark = "400001941358221"
    uid = hashlib.sha1(("%s|%s|2026-11-06|0|1.1|A|147" % (MV["afm"], GR["tax"])).encode()).hexdigest().upper()
    q = base64.urlsafe_b64encode(("%s|%s|%s" % (mark, uid, "1798.00")).encode()).decode().rstrip("=")
    payload = m.qr("https://mydatapi.aade.gr/myDATA/TimologioQR/QRInfo?q=%s" % q)
    m.fact("other", "myDATA MARK %s, UID %s" % (mark, uid))
    text = ("Καλημέρα κ. Γεωργίου,\n\nσας αποστέλλω συνημμένα το τιμολόγιο παροχής υπηρεσιών 2026/147 για τη "
            "συντήρηση της εικόνας «Άγιος Γεώργιος» (παρτίδα 43 της δημοπρασίας Δεκεμβρίου): καθαρισμός, στερέωση "
            "της ζωγραφικής επιφάνειας και αποκατάσταση του ξύλινου φορέα, σύμφωνα με την προσφορά της 12/10.\n\n"
            "Ποσό: 1.798,00 € (1.450,00 € + ΦΠΑ 24%%)\nΠληρωμή: κατάθεση στον λογαριασμό μας στην Εθνική Τράπεζα, "
            "IBAN %s\n\nΗ εικόνα είναι έτοιμη για παραλαβή από το εργαστήριο από Δευτέρα. Επισυνάπτω και τη σύντομη "
            "έκθεση εργασιών για τον φάκελο της παρτίδας.\n\n%s\n") % (ids.fmt_iban(iban), MAV_SIG)
    m.body_text = text
    html = outlook_html(text, "windows-1253", "EL")
    inv = docs.invoice(
        m.file, "Τιμολόγιο Παροχής Υπηρεσιών 2026/147", dict(name="Εργαστήριο Συντήρησης Έργων Τέχνης Γ. Μαυρίδη", lines=[
            "Συντήρηση ζωγραφικής, εικόνων και ξύλινων αντικειμένων",
            "Αριστοτέλους 41 · 104 33 Αθήνα · Τηλ. +30 210 8820 547",
            "ΑΦΜ %s · ΔΟΥ Δ' Αθηνών" % MV["afm"]]),
        ["EXAMPLE GROUP ΔΗΜΟΠΡΑΣΙΕΣ Μ.Ι.Κ.Ε.", "Σκουφά 22, 106 73 Αθήνα", "ΑΦΜ %s · ΚΕΦΟΔΕ Αττικής" % GR["tax"]],
        [("Παραστατικό", "ΤΠΥ Α-147"), ("Ημερομηνία", "06/11/2026"), ("ΜΑΡΚ", mark),
         ("Πληρωμή", "Κατάθεση σε λογαριασμό")],
        ["Α/Α", "Περιγραφή", "Ποσ.", "Τιμή", "Αξία"],
        [["1", "Συντήρηση φορητής εικόνας «Άγιος Γεώργιος» (19ος αι.): καθαρισμός, στερέωση, αποκατάσταση φορέα",
          "1", "1.450,00", "1.450,00"]],
        [("Καθαρή αξία", "1.450,00 €", False), ("ΦΠΑ 24%", "348,00 €", False), ("Σύνολο", "1.798,00 €", True)],
        notes=["Πληρωμή: Εθνική Τράπεζα της Ελλάδος, IBAN %s" % ids.fmt_iban(iban),
               "UID: %s" % uid, "Το παραστατικό διαβιβάστηκε στην ΑΑΔΕ (myDATA)."],
        qr_payload=payload, qr_caption="Έλεγχος παραστατικού\nmyDATA – ΑΑΔΕ",
        footer=["Εργαστήριο Συντήρησης Γ. Μαυρίδη · ΑΦΜ %s" % MV["afm"]],
        producer="Epsilon Smart – myDATA", creator="Epsilon Smart", created="D:20261106124012+02'00'",
        accent=(0.2, 0.2, 0.45), lang="el-GR")
    report = docs.letter(
        m.file + "rep", "Έκθεση εργασιών συντήρησης", dict(name="Εργαστήριο Συντήρησης Έργων Τέχνης Γ. Μαυρίδη",
                                                            lines=["Έκθεση εργασιών"]),
        ["Example Group Δημοπρασίες – παρτίδα 43"], "Αθήνα, 05/11/2026", "Εικόνα «Άγιος Γεώργιος», αυγοτέμπερα σε ξύλο, "
                                                                       "19ος αιώνας, 42 × 31 cm",
        ["Κατάσταση πριν: τοπικές αποκολλήσεις της προετοιμασίας στο κάτω τμήμα, οξειδωμένο βερνίκι, ρωγμή του φορέα "
         "κατά μήκος της ίνας.",
         "Εργασίες: στερέωση με οξικό πολυβινύλιο, αφαίρεση βερνικιού με μείγματα διαλυτών, συγκόλληση της ρωγμής, "
         "συμπληρώσεις και χρωματική αποκατάσταση με αναστρέψιμα υλικά, τελικό βερνίκι.",
         "Συστάσεις: σχετική υγρασία 50–55 %, αποφυγή άμεσου φωτισμού."],
        "", ["Γιώργος Μαυρίδης"], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
        created="D:20261105190533+02'00'", lang="el-GR")
    alt = P("multipart/alternative", boundary="----=_NextPart_001_001E_01DD6A0F.%s" % U.hexs(m.rng, 8, True),
            children=[P("text/plain", text=text, charset="windows-1253", cte="quoted-printable"),
                      P("text/html", text=html, charset="windows-1253", cte="quoted-printable")])
    root = P("multipart/mixed", boundary="----=_NextPart_000_001D_01DD6A0F.%s" % U.hexs(m.rng, 8, True),
             preamble="This is a multipart message in MIME format.",
             children=[alt, att("application/pdf", inv, "ΤΠΥ_Α147_2026.pdf", fn_style="rfc2047b"),
                       att("application/pdf", report, "Έκθεση_εργασιών_παρτίδα_43.pdf", fn_style="rfc2047b")])
    m.what = ("Conservator's invoice 2026/147 (icon restoration for lot 43, 1.798,00 EUR) with the myDATA MARK, UID "
              "and verification QR, plus a short treatment report.")
    m.why = ("Known supplier from his Outlook via his cPanel host (DKIM pass), windows-1253 as always, work agreed on "
             "12/10, NBG account known, QR points to AADE's myDATA service.")
    m.hard_negative_of = (["attack/34-el-mavridis-thread-hijack-iban.eml"],
                          "Same invoice thread. Genuine: Outlook, usual bank. Attack: webmail reply from the "
                          "compromised mailbox with a new personal Eurobank IBAN.")
    return _mav_send(m, root, "ppp046176012034.access.hol.gr", "46.176.12.34", "[192.168.1.7]",
                     order=["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__",
                            "=X-Mailer: Microsoft Outlook 16.0", "=Thread-Index: " + mta.thread_index(m.rng),
                            "=Content-Language: el"])


def b33():
    m = Msg("33-el-adobe-sign-symvasi-nereus.eml", "business", "el")
    sname, semail = "Ioanna Vlachou", "i.vlachou@nereus-maritime.gr"
    m.frm = ("%s via Adobe Acrobat Sign" % sname, "adobesign@adobesign.com")
    m.reply_to = [(sname, semail)]
    m.to = [ELENI]
    m.subject = "Σύμβαση ανάθεσης πώλησης – Nereus Maritime / Example Group: Παρακαλώ υπογράψτε"
    m.date = U.local("EET", 2026, 10, 14, 13, 5, 31)
    m.date_zone = "UTC"
    m.msgid = "<%s@adobesign.com>" % U.uuid4(m.rng)
    msg = ("Αγαπητή κυρία Παπαδοπούλου,\n\nόπως συζητήσαμε με τον Καπετάν Κυριάκου, σας αποστέλλουμε τη σύμβαση "
           "ανάθεσης για τους τρεις πίνακες θαλασσογραφίας και τα δύο ομοιώματα πλοίων για τη δημοπρασία του "
           "Δεκεμβρίου. Το παράρτημα Α περιλαμβάνει τις ελάχιστες τιμές που συμφωνήσαμε.\n\nΜε εκτίμηση,\n"
           "Ιωάννα Βλάχου\nNereus Maritime S.A.")
    root, link = adobe_sign_email(m, sname, semail, ELENI[0], msg,
                                  "Σύμβαση ανάθεσης πώλησης – Nereus Maritime / Example Group")
    m.envfrom = "bounce-%s@adobesign.com" % U.hexs(m.rng, 12)
    m.what = ("Genuine Adobe Acrobat Sign request from the ship-owner's assistant: consignment agreement for marine "
              "paintings and ship models for the December sale.")
    m.why = ("Adobe Sign platform with the sender identity on nereus-maritime.gr, content follows a call with the "
             "client, reserves in the annex, no bank details.")
    m.hard_negative_of = (["attack/36-el-adobe-sign-abuse-oroi-pliromis.eml",
                           "attack/35-el-sharepoint-kompromittiert-nereus.eml"],
                          "E-signature request in the Nereus relationship. Genuine: corporate sender identity, "
                          "agreement as discussed. Attack: Gmail-based Adobe account / SharePoint share with payment "
                          "changes and deadlines.")
    return m.finish(mta.adobesign, root)


def b34():
    m = Msg("34-el-eswteriko-epeigon-ektelonistis.eml", "business", "el")
    m.frm = (W.short(ELENI[1]), ELENI[1])
    m.to = [("Georgiou, Nikolaos", NIKOS[1])]
    m.cc = [("Kühnel, Sabine", "sabine.kuehnel@example.com")]
    m.subject = "Επείγον: πληρωμή εκτελωνιστή σήμερα – αποδέσμευση ομοιωμάτων Nereus από το τελωνείο Πειραιά"
    m.date = U.local("EET", 2026, 11, 12, 9, 14, 27)
    m.date_zone = "EET"
    m.msgid = "<%s@EXCH01.corp.example.com>" % U.hexs(m.rng, 32)
    m.hcharset = ("iso-8859-7", "B")
    m.content_lang = "el-GR"
    m.accept_lang = "el-GR, en-US"
    text = ("Νίκο καλημέρα,\n\nο εκτελωνιστής (Αφοί Λιβανός Ο.Ε., ήδη στο ERP ως προμηθευτής 70418) χρειάζεται σήμερα "
            "μέχρι τις 13:00 την πληρωμή των δασμών και της αμοιβής του (2.380,00 € σύνολο, τιμολόγιο 1187 "
            "συνημμένο στο ERP) για να βγουν τα δύο ομοιώματα πλοίων της Nereus από το τελωνείο Πειραιά. Αλλιώς "
            "χάνουμε τη φωτογράφιση της Παρασκευής για τον κατάλογο.\n\nΗ Sabine (σε κοινοποίηση) έχει εγκρίνει "
            "τηλεφωνικά την έκτακτη πληρωμή – κάν' την σε παρακαλώ με τη συνήθη διαδικασία (δύο υπογραφές στο "
            "e-banking) στον λογαριασμό που έχουμε ήδη για τον Λιβανό, όχι σε καινούργιο.\n\nΕυχαριστώ!\nΕλένη\n\n"
            "Eleni Papadopoulou\nOffice Manager Athens\nExample Group Δημοπρασίες\nΣκουφά 22, 106 73 Αθήνα\n"
            "Τηλ. +30 210 3614 820\n")
    text = fit(text, "iso-8859-7")
    m.subject = fit(m.subject, "iso-8859-7")
    html = outlook_html(text, "iso-8859-7", "EL")
    root = outlook_alt(m, text, html, "iso-8859-7")
    root.boundary = "_000_%s_" % m.msgid.strip("<>").replace("@", "").replace(".", "")[:60]
    m.what = ("Internal, genuinely urgent request from the Athens office manager to the accountant: pay the customs "
              "broker today (2.380 EUR) to release the consignor's ship models; CFO in cc, approved by phone.")
    m.why = ("Internal Exchange route, existing supplier and bank account from the ERP ('not to a new one'), normal "
             "two-signature e-banking process, CFO copied.")
    m.hard_negative_of = (["attack/21-it-avvocato-ceo-fraud-acquisizione.eml",
                           "attack/01-de-ceo-fraud-vertraulich-whatsapp.eml"],
                          "Urgent internal payment. Genuine: existing supplier, approval chain visible, normal "
                          "process. Attacks: secrecy, new foreign accounts, external domains.")
    return m.finish(mta.exchange_internal, root)


def b35():
    m = Msg("35-el-agorastis-erotisi-partida-27.eml", "business", "el")
    m.frm = ("Γιάννης Τσιρίγος", "g.tsirigos@gmail.com")
    m.to = [("", ELENI[1])]
    m.subject = "Ερώτηση για την παρτίδα 27 (σχέδιο Τσαρούχη)"
    m.date = U.local("EET", 2026, 10, 21, 19, 2, 48)
    m.date_zone = "EET"
    m.msgid = U.gmail_msgid(m.rng)
    m.fact("phones", "+30 694 418 2207")
    text = ("Καλησπέρα σας,\n\nενδιαφέρομαι για την παρτίδα 27 της δημοπρασίας Δεκεμβρίου (Γιάννης Τσαρούχης, "
            "σχέδιο με μολύβι, «Καθιστός ναύτης»). Θα ήθελα, αν είναι δυνατόν, μια αναφορά κατάστασης (condition "
            "report) με φωτογραφίες και από την πίσω πλευρά, καθώς και πληροφορίες για την προέλευση.\n\n"
            "Επίσης: αν αγοράσω, μπορείτε να οργανώσετε αποστολή στη Θεσσαλονίκη ή πρέπει να το παραλάβω από την "
            "Αθήνα; Την πληρωμή θα την κάνω με τραπεζικό έμβασμα.\n\nΕυχαριστώ εκ των προτέρων,\nΓιάννης Τσιρίγος\n"
            "Θεσσαλονίκη, κιν. +30 694 418 2207\n")
    root = P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="base64"),
        P("text/html", text=gmail_html(text), charset="UTF-8", cte="base64")])
    m.what = ("Prospective buyer (Gmail) asks for a condition report and provenance of a Tsarouchis drawing and about "
              "shipping to Thessaloniki; will pay by bank transfer.")
    m.why = ("Ordinary pre-sale enquiry, asks for information rather than offering unusual payment, no third parties, "
             "no links; Gmail authentication passes.")
    m.hard_negative_of = (["attack/33-el-agorastis-kypros-proplirwmi.eml"],
                          "Buyer enquiry from a private Gmail address. Genuine: condition report, normal payment. "
                          "Attack: pre-sale offer requiring the seller to pay a 'clearance' fee.")
    return m.finish(mta.gmail, root)


def b36():
    m = Msg("36-el-newsletter-ekthesi-antikon-brevo.eml", "business", "el")
    m.frm = ("Αθηναϊκή Έκθεση Αντικών", "news@athensantiquesfair.gr")
    m.reply_to = [("Αθηναϊκή Έκθεση Αντικών", "info@athensantiquesfair.gr")]
    m.to = [("", ELENI[1])]
    m.subject = "Newsletter Νοεμβρίου: 12η Αθηναϊκή Έκθεση Αντικών – δηλώσεις συμμετοχής εκθετών"
    m.date = U.local("EET", 2026, 11, 10, 11, 0, 2)
    m.date_zone = "UTC"
    m.msgid = "<202611100900.%d@smtp-relay.mailin.fr>" % m.rng.randint(10 ** 10, 10 ** 11)
    tr = "https://4qt9m.r.sp1-brevo.net/mk/cl/f/sh/%s"
    l1, l2, l3 = (tr % U.b64(m.rng, 60, urlsafe=True) for _ in range(3))
    unsub = "https://4qt9m.r.sp1-brevo.net/mk/un/sh/%s" % U.b64(m.rng, 48, urlsafe=True)
    text = ("Αθηναϊκή Έκθεση Αντικών – Newsletter Νοεμβρίου 2026\n\n12η Αθηναϊκή Έκθεση Αντικών, 5–8 Μαρτίου 2027, "
            "Ζάππειο Μέγαρο\nΟι δηλώσεις συμμετοχής εκθετών είναι ανοιχτές έως τις 15 Δεκεμβρίου.\nΔήλωση συμμετοχής: %s\n\n"
            "Ομιλία: «Η αγορά της ελληνικής ζωγραφικής του 20ού αιώνα» – Πέμπτη 26 Νοεμβρίου, 19:00\nΠληροφορίες: %s\n\n"
            "Φωτογραφίες από την περσινή έκθεση: %s\n\nΛαμβάνετε αυτό το μήνυμα επειδή είστε εγγεγραμμένοι στο "
            "ενημερωτικό μας δελτίο.\nΔιαγραφή: %s\n") % (l1, l2, l3, unsub)
    html = ('<!DOCTYPE html><html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;'
            'background:#f5f1eb"><table width="100%%" style="background:#f5f1eb"><tr><td align="center"><table '
            'width="600" style="background:#fff;font-family:Georgia,serif;color:#333"><tr><td style="padding:24px;'
            'font-size:24px;color:#7a1f1f;text-align:center">Αθηναϊκή Έκθεση Αντικών</td></tr><tr><td '
            'style="padding:0 24px 10px 24px;font-size:16px;line-height:24px"><h2 style="font-size:19px">12η Αθηναϊκή '
            'Έκθεση Αντικών, 5–8 Μαρτίου 2027, Ζάππειο Μέγαρο</h2><p>Οι δηλώσεις συμμετοχής εκθετών είναι ανοιχτές έως '
            'τις 15 Δεκεμβρίου. <a href="%s" style="color:#7a1f1f">Δήλωση συμμετοχής</a></p><h2 style="font-size:19px">'
            'Ομιλία: «Η αγορά της ελληνικής ζωγραφικής του 20ού αιώνα»</h2><p>Πέμπτη 26 Νοεμβρίου, 19:00. <a href="%s" '
            'style="color:#7a1f1f">Πληροφορίες</a></p><p><a href="%s" style="color:#7a1f1f">Φωτογραφίες από την '
            'περσινή έκθεση</a></p></td></tr><tr><td style="padding:16px 24px;font-family:Arial,sans-serif;'
            'font-size:11px;color:#888;background:#faf7f2">Λαμβάνετε αυτό το μήνυμα επειδή είστε εγγεγραμμένοι στο '
            'ενημερωτικό μας δελτίο. <a href="%s" style="color:#888">Διαγραφή</a></td></tr></table></td></tr></table>'
            '<img width="1" height="1" src="https://4qt9m.r.sp1-brevo.net/mk/op/sh/%s" alt=""></body></html>\n') % (
        l1, l2, l3, unsub, U.b64(m.rng, 40, urlsafe=True))
    root = P("multipart/alternative", boundary="--==_mimepart_%s_%d" % (U.hexs(m.rng, 13), m.rng.randint(10 ** 4, 10 ** 5)),
             children=[P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
                       P("text/html", text=html, charset="UTF-8", cte="quoted-printable")])
    m.envfrom = "bounces-%d-%d@bounces.sendinblue.com" % (m.rng.randint(10 ** 6, 10 ** 7), m.rng.randint(10 ** 5, 10 ** 6))
    m.what = "Monthly newsletter of an Athens antiques fair (Brevo): exhibitor registration, talk, photos."
    m.why = ("Subscribed sender using Brevo with its own DKIM, List-Unsubscribe one-click, tracking links only, no "
             "requests for data or payment.")
    return m.finish(mta.brevo, root, list_unsub=unsub)


ATTACK = [a32, a33, a34, a35, a36]
BUSINESS = [b32, b33, b34, b35, b36]
