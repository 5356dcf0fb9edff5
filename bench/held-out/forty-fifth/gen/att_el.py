"""Attack messages, Greek (32-36)."""
import systems as S
import facts as FX
from kit import (compose, alt, text_to_html, html_escape, make, Text, Multi, st, png_att, qr_png,
                 pdf_att, hexid, alnum)

LANG = "el"

SENDGRID_GR = S.SendGrid(rdns="xvfrqwbk.outbound-mail.sendgrid.net", ip="149.72.207.130")
DNHOST = S.SMTPHost("exim", S.OutlookSMTP(lang="el"), "gr-srv4.dnhost.gr", "185.138.42.74", user_ip="103.75.119.42",
                    lan="192.168.1.33", zone="GR")
HOSTINGER = S.SMTPHost("postfix", S.OutlookSMTP(lang="el"), "fr-int-smtpout1.hostinger.io", "77.37.102.142",
                       rdns="fr-smtpout1.hostinger.io", helo="fr-smtpout1.hostinger.io", user_ip="2.86.115.204",
                       zone="GR", host_zone="UTC")
OUTLOOK_GR = S.OutlookCom(host="PR3P191MB1102", region="EURP191", lang="el-GR", zone="GR",
                          obe=("EUR05-AM6-obe.outbound.protection.outlook.com",
                               "mail-am6eur05olkn2038.outbound.protection.outlook.com", "40.92.91.38"))
SES_EU = S.SES(region="eu-central-1", rdns="e226-55.smtp-out.eu-central-1.amazonses.com", ip="23.251.226.55")


def a32():
    link = "https://u33918204.ct.sendgrid.net/ls/click?upn=u001." + alnum("a-el-32", 170, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    text = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Αγαπητέ/ή φορολογούμενε,

Α.Φ.Μ.: %s
Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.

Κατά τη διασταύρωση των δεδομένων της ηλεκτρονικής πλατφόρμας myDATA για το γ' τρίμηνο 2026 διαπιστώθηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάσατε και των αντίστοιχων εγγραφών των αντισυμβαλλομένων σας (14 παραστατικά).

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), για κάθε μη ορθή διαβίβαση επιβάλλεται πρόστιμο. Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να επιβεβαιώσετε ή να διορθώσετε τα στοιχεία εντός 5 εργάσιμων ημερών, συνδεόμενοι με τους κωδικούς TAXISnet:

Σύνδεση στο myDATA:
%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού""" % (FX.EG_GR_AFM, link)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;margin:0">
<div style="background:#003476;color:#fff;padding:16px 24px;font-size:17px"><b>ΑΑΔΕ</b> &middot; Ανεξάρτητη Αρχή Δημοσίων Εσόδων</div>
<div style="padding:22px 24px;max-width:620px">
<p>Αγαπητέ/ή φορολογούμενε,</p>
<p style="background:#f1f4f8;padding:10px 14px">Α.Φ.Μ.: <b>%s</b><br>Επωνυμία: <b>EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.</b></p>
<p>Κατά τη διασταύρωση των δεδομένων της ηλεκτρονικής πλατφόρμας <b>myDATA</b> για το γ' τρίμηνο 2026 διαπιστώθηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάσατε και των αντίστοιχων εγγραφών των αντισυμβαλλομένων σας (<b>14 παραστατικά</b>).</p>
<p>Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), για κάθε μη ορθή διαβίβαση επιβάλλεται πρόστιμο. Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να επιβεβαιώσετε ή να διορθώσετε τα στοιχεία <b>εντός 5 εργάσιμων ημερών</b>, συνδεόμενοι με τους κωδικούς TAXISnet:</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#003476;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px">Σύνδεση στο myDATA</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού</p></div></body></html>""" % (FX.EG_GR_AFM, link)
    c = compose(SENDGRID_GR, key="a-el-32", frm=("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata.com"), to=[st("gr_acc")],
                subject="ΑΑΔΕ: Ειδοποίηση για αποκλίσεις στα διαβιβασθέντα παραστατικά myDATA (Α.Φ.Μ. %s)" % FX.EG_GR_AFM,
                when="2026-10-28 07:45:19", env_from="bounces+33918204-a71c-eleni.georgiou=examplegroup.eu@em2291.aade-mydata.com",
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "aade-mydata-phish", c,
                "Tax-authority credential phishing: 'AADE myDATA' reports mismatches in 14 transmitted invoices and asks the Greek accountant to log in with TAXISnet credentials within five days.",
                "AADE notifies through the myAADE inbox and aade.gr, not via a look-alike aade-mydata.com sent through SendGrid with a tracked link; penalty threat and short deadline; TAXISnet credentials are the target.")


def a33():
    url = "https://acs-paradoseis.com/gr/pay/?awb=7204815936&t=%s" % hexid("a-el-33", 8)
    cid = "image001.png@01DD73A2.%s" % hexid("a-el-33c", 8).upper()
    text = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7204815936 από το εξωτερικό βρίσκεται σε αναμονή στο κέντρο διαλογής Ασπροπύργου λόγω ελλιπούς διεύθυνσης και μη εξοφλημένων τελών επαναπρογραμματισμού.

Ποσό προς πληρωμή: 1,85 €

Σαρώστε τον κωδικό QR με το κινητό σας για να επιβεβαιώσετε τη διεύθυνση παράδοσης και να ολοκληρώσετε την πληρωμή. Εάν η πληρωμή δεν ολοκληρωθεί εντός 24 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.

Με εκτίμηση,
ACS Courier
Εξυπηρέτηση Πελατών"""
    html = text_to_html(text.replace("Ποσό προς πληρωμή: 1,85 €\n", "Ποσό προς πληρωμή: 1,85 €\n\n[QR]\n"), "outlook", "EL", "iso-8859-7")
    html = html.replace("[QR]", '<img width="180" height="180" src="cid:%s" alt="QR">' % cid)
    png = png_att("image001.png", qr_png(url), cid=cid, inline=True)

    def body(b):
        return Multi("related", [Multi("alternative", [Text(text, "plain", "iso-8859-7", "quoted-printable"),
                                                       Text(html, "html", "iso-8859-7", "quoted-printable")], b(1)), png], b(0))
    c = compose(DNHOST, key="a-el-33", frm=("ACS Courier", "info@villa-asteria.gr"), to=[st("gr_mgr")],
                subject="ACS: Η αποστολή σας 7204815936 βρίσκεται σε αναμονή - απαιτείται πληρωμή τελών",
                when="2026-11-13 12:31:50", hcs="iso-8859-7", henc="B", body=body)
    it = make(LANG, "acs-courier-quishing", c,
              "Courier quishing: 'ACS Courier' says a parcel is held for an incomplete address and a EUR 1.85 fee; pay via the inline QR code within 24 hours.",
              "Sent from the hijacked mailbox of a holiday-rental business on Greek shared hosting, QR code leads to acs-paradoseis.com (card phishing), not acscourier.net; tiny fee, 24-hour deadline.")
    it.expect_qr = url
    return it


def a34():
    text = """Καλημέρα κα Γεωργίου,

όπως συζητήσαμε με τον κ. Παπαδόπουλο, η παραγγελία για τη θεριζοαλωνιστική μηχανή Hokuto HC 7500 (προσφορά 2026-ΠΡ-0419) ακυρώνεται, καθώς ο πελάτης μας δεν έλαβε τελικά έγκριση χρηματοδότησης.

Παρακαλούμε να μας επιστρέψετε την προκαταβολή των 14.800,00 € στον νέο εταιρικό μας λογαριασμό, καθώς ο λογαριασμός στην Τράπεζα Πειραιώς κλείνει λόγω μεταφοράς της συνεργασίας μας στην Alpha Bank:

Δικαιούχος: ΓΕΩΡΓΙΚΑ ΜΗΧΑΝΗΜΑΤΑ ΘΕΣΣΑΛΙΑΣ Α.Ε.
Τράπεζα: Alpha Bank
IBAN: %s

Θα σας ήμασταν ευγνώμονες αν η επιστροφή γινόταν έως την Τρίτη, γιατί έχουμε κλείσιμο χρήσης. Το πιστωτικό θα σας το στείλει το λογιστήριό μας.

Ευχαριστώ πολύ,
Κώστας Δημητρίου
Διευθυντής Πωλήσεων
Γεωργικά Μηχανήματα Θεσσαλίας Α.Ε.
Λάρισα - Τ. 2410 618 440""" % FX.F(FX.TH_IBAN_FRAUD)
    c = compose(HOSTINGER, key="a-el-34", frm=("Κώστας Δημητρίου", "k.dimitriou@thessaly-agro.com"), to=[st("gr_acc")],
                subject="Επιστροφή προκαταβολής - ακυρωμένη παραγγελία θεριζοαλωνιστικής", when="2026-12-04 11:03:27",
                hcs="windows-1253", henc="Q",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "EL", "windows-1253"), "windows-1253"))
    return make(LANG, "refund-iban-lookalike", c,
                "Refund fraud: a look-alike of the Greek dealer asks for the EUR 14,800 down payment of a cancelled combine order to be refunded to a 'new' Alpha Bank account by Tuesday.",
                "Domain thessaly-agro.com instead of thessaly-agro.gr on Hostinger, refund to an account that is not the one on file (Piraeus), credit note 'to follow', name-drops the local manager, year-end urgency; the genuine refund request (business 34) asks for payment to the known account against a credit note.")


def a35():
    text = """Κύριε/Κυρία,

Σας αποστέλλουμε συνημμένα κλήση σχετικά με την υπόθεση 4172/2026 που εκκρεμεί εις βάρος σας.

Παρακαλούμε να απαντήσετε γραπτώς εντός 72 ωρών από την παραλαβή του παρόντος, αποστέλλοντας τις εξηγήσεις σας στη διεύθυνση ηλεκτρονικού ταχυδρομείου του αρμόδιου αξιωματικού που αναφέρεται στο συνημμένο έγγραφο.

Σε περίπτωση μη απάντησης, ο φάκελος θα διαβιβαστεί στον Εισαγγελέα Πρωτοδικών Αθηνών για την έκδοση εντάλματος σύλληψης.

Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος
Ελληνική Αστυνομία"""
    summons = """ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ
ΔΙΕΥΘΥΝΣΗ ΔΙΩΞΗΣ ΗΛΕΚΤΡΟΝΙΚΟΥ ΕΓΚΛΗΜΑΤΟΣ
Λεωφ. Αλεξάνδρας 173, Αθήνα

Αριθμ. Πρωτ.: 4172/2026

ΚΛΗΣΗ

Προς: Νίκος Παπαδόπουλος, nikos.papadopoulos@example.com

Κατόπιν ψηφιακής έρευνας σε συνεργασία με την Europol (EC3) διαπιστώθηκε ότι από σύνδεση που αντιστοιχεί στο πρόσωπό σας πραγματοποιήθηκε πρόσβαση σε ιστότοπους με παράνομο υλικό κακοποίησης ανηλίκων. Οι πράξεις αυτές διώκονται κατά τα άρθρα 348Α και 348Γ του Ποινικού Κώδικα.

Έχετε δικαίωμα να υποβάλετε γραπτές εξηγήσεις εντός 72 ωρών στον αρμόδιο αξιωματικό: Υπαστυνόμος Α' Δημήτριος Καλογεράκης, e-mail: d.kalogerakis.dide@outlook.com

Εναλλακτικά, για την αρχειοθέτηση της υπόθεσης χωρίς άσκηση ποινικής δίωξης, μπορεί να καταβληθεί διοικητικό πρόστιμο συμβιβασμού ύψους 4.500 € σε Bitcoin στο ακόλουθο πορτοφόλι:

%s

Σε περίπτωση μη ανταπόκρισης, η δικογραφία θα διαβιβαστεί στην Εισαγγελία Πρωτοδικών Αθηνών για την έκδοση εντάλματος σύλληψης.

Ο Διευθυντής
Ταξίαρχος Αλέξανδρος Μαυρίδης""" % FX.BTC_EXTORT_EL
    p = pdf_att("ΚΛΗΣΗ_4172-2026.pdf", summons, "Microsoft® Word 2016", "2026-11-30 17:58:00", zone="GR",
                title="ΚΛΗΣΗ", author="User", name_style="2231")
    c = compose(OUTLOOK_GR, key="a-el-35", frm=("Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος", "dide.kliseis@outlook.com"),
                to=[st("gr_mgr")], subject="ΚΛΗΣΗ - Υπόθεση 4172/2026 - Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος",
                when="2026-11-30 18:22:14", hcs="iso-8859-7", henc="B",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "EL", "iso-8859-7"), "iso-8859-7", "base64", "base64", idx=1), p], b(0)))
    return make(LANG, "fake-police-summons-extortion", c,
                "Fake police summons: 'Cybercrime Division' sends a PDF accusing the recipient of accessing child-abuse material and offers to close the case for EUR 4,500 in Bitcoin.",
                "Police do not summon by outlook.com, the PDF asks for a 'settlement' in Bitcoin (base58check address) and replies to another outlook.com address, 72-hour threat of arrest - a widespread extortion scheme (also seen as fake Europol/Policía/Police nationale letters).")


def a36():
    link = "https://dealer.hokuto-agri-portal.com/sso/verify?acc=GR-0117&token=%s" % hexid("a-el-36", 24)
    text = """Αγαπητέ συνεργάτη,

Στο πλαίσιο της μετάβασης της πύλης αντιπροσώπων Hokuto Dealer Portal (παραγγελίες ανταλλακτικών, εγγυήσεις, τεχνικά δελτία) σε νέα πλατφόρμα με ενιαία σύνδεση (SSO), όλοι οι λογαριασμοί αντιπροσώπων πρέπει να επαληθευτούν έως τις 23/10/2026.

Λογαριασμός: nikos.papadopoulos@example.com
Κωδικός αντιπροσώπου: GR-0117

Μετά την ημερομηνία αυτή οι μη επαληθευμένοι λογαριασμοί θα απενεργοποιηθούν και οι ανοιχτές αιτήσεις εγγύησης θα ακυρωθούν.

Επαλήθευση λογαριασμού:
%s

Με εκτίμηση,
Hokuto Agri Europe B.V.
Dealer Support""" % link
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;margin:0;background:#f0f0f0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#c8102e;color:#fff;padding:16px 24px;font-size:19px;font-weight:bold">HOKUTO <span style="font-weight:normal">Dealer Portal</span></td></tr>
<tr><td style="padding:24px;line-height:20px">
<p>Αγαπητέ συνεργάτη,</p>
<p>Στο πλαίσιο της μετάβασης της πύλης αντιπροσώπων Hokuto Dealer Portal (παραγγελίες ανταλλακτικών, εγγυήσεις, τεχνικά δελτία) σε νέα πλατφόρμα με ενιαία σύνδεση (SSO), όλοι οι λογαριασμοί αντιπροσώπων πρέπει να επαληθευτούν έως τις <b>23/10/2026</b>.</p>
<p>Λογαριασμός: <b>nikos.papadopoulos@example.com</b><br>Κωδικός αντιπροσώπου: <b>GR-0117</b></p>
<p>Μετά την ημερομηνία αυτή οι μη επαληθευμένοι λογαριασμοί θα απενεργοποιηθούν και οι ανοιχτές αιτήσεις εγγύησης θα ακυρωθούν.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#c8102e;color:#fff;padding:12px 26px;text-decoration:none">Επαλήθευση λογαριασμού</a></p>
<p>Με εκτίμηση,<br>Hokuto Agri Europe B.V.<br>Dealer Support</p></td></tr></table></body></html>""" % link
    c = compose(SES_EU, key="a-el-36", frm=("Hokuto Agri Europe - Dealer Portal", "no-reply@hokuto-dealerportal.com"),
                to=[st("gr_mgr")], subject="Hokuto Dealer Portal: απαιτείται επαλήθευση λογαριασμού έως 23/10/2026",
                when="2026-10-16 06:50:03", env_from="0107019a%s@eu-central-1.amazonses.com" % hexid("a-el-36e", 20),
                body=lambda b: alt(b, text, html, "utf-8", "8bit", "8bit"))
    return make(LANG, "hokuto-dealer-portal-phish", c,
                "Trade-portal credential phishing: the principal's 'Dealer Portal' demands SSO re-verification of the dealer account by 23 October or warranty claims will be cancelled.",
                "Look-alike domains hokuto-dealerportal.com / hokuto-agri-portal.com sent via an Amazon SES account, threat to cancel open warranty claims, deadline; the dealer code and address are public-ish data used for credibility; credentials give access to orders and pricing.")


def messages():
    return [a32(), a33(), a34(), a35(), a36()]
