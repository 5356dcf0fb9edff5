"""English genuine business messages (09-16)."""
import banking as B
import infra as I
import mime as M
import pdf
import util as U
from msg import Msg, alt, hdrs_gmail, hdrs_outlook365

BW_TENANT = "5b2c8f41-7d0e-4a93-b6c1-0e8f27d4a915"


def b09():
    m = Msg("business", 9, "en", "sharepoint-share-notification-genuine")
    r = m.rng
    m.t = I.at(2026, 11, 10, 16, 4, 12, "UK")
    m.env = env = I.eop(r, m.t, "brightwaterdigital.co.uk", region="eurprd04", pod="DU2PR04MB", tenant_id=BW_TENANT)
    env.ms_trace = []
    m.rcpt = "james.whitfield@examplegroup.eu"
    m.mailfrom = "no-reply@sharepointonline.com"
    link = "https://brightwaterdigital.sharepoint.com/:f:/s/ClientShare/Ek3%s?e=%s" % (I.rstr(r, 40, I.ALNUM + "_-"), I.rstr(r, 6, I.ALNUM))
    text = M.paras_to_text([
        "Oliver Grant shared a folder with you",
        "",
        "Here's the capacity plan and the draft renewal terms we discussed - talk on Thursday.",
        "",
        "Brightwater - Q1 2027 capacity plan",
        "",
        "Open: %s" % link,
        "",
        "This link will work for anyone in Example Group (examplegroup.eu) you forward it to... Only people with existing access can open this link.",
        "",
        "Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839",
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
    ])
    html = M.simple_html(
        "<table width=\"100%%\" style=\"background:#fff\"><tr><td style=\"padding:24px;font-family:'Segoe UI',sans-serif;color:#242424\">"
        "<div style=\"font-size:20px\">Oliver Grant shared a folder with you</div>"
        "<p style=\"color:#616161\">Here's the capacity plan and the draft renewal terms we discussed - talk on Thursday.</p>"
        "<div style=\"margin:18px 0;padding:12px;border:1px solid #e1dfdd;width:340px\"><b>Brightwater - Q1 2027 capacity plan</b></div>"
        "<p><a href=\"%s\" style=\"background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px\">Open</a></p>"
        "<p style=\"font-size:11px;color:#616161\">Only people with existing access can open this link.<br>"
        "<a href=\"https://go.microsoft.com/fwlink/?LinkId=521839\">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>"
        "</td></tr></table>" % link, "utf-8", "SharePoint")
    m.headers = [("From", "Oliver Grant <no-reply@sharepointonline.com>"), ("To", "James Whitfield <james.whitfield@examplegroup.eu>"),
                 ("Reply-To", "Oliver Grant <oliver.grant@brightwaterdigital.co.uk>"),
                 ("Subject", "Oliver Grant shared the folder \"Brightwater - Q1 2027 capacity plan\" with you"),
                 ("Date", I.rfc2822_nopad(m.t, "UTC")), ("Message-ID", env.msgid), ("MIME-Version", "1.0"),
                 ("X-Sharing-Title", "Brightwater - Q1 2027 capacity plan"), ("X-Sharing-Sender", "oliver.grant@brightwaterdigital.co.uk")]
    m.post_headers = env.ms_post
    m.body = alt(text.replace("This link will work for anyone in Example Group (examplegroup.eu) you forward it to... ", ""), html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8")
    m.what = "Genuine SharePoint Online sharing notification: customer Brightwater shares its capacity-plan folder"
    m.why = "Sent by no-reply@sharepointonline.com through Microsoft 365 on behalf of the customer tenant, link to brightwaterdigital.sharepoint.com, matches an agreed meeting"
    m.hard_neg_of = [9, 31]
    return m


def b10():
    m = Msg("business", 10, "en", "microsoft-365-invoice-genuine")
    r = m.rng
    m.t = I.at(2026, 11, 3, 5, 41, 8, "UK")
    m.env = env = I.eop(r, m.t, "microsoft.com", region="namprd21", pod="SA1PR21MB")
    env.ms_trace = []
    m.rcpt = "priya.sharma@example.com"
    m.mailfrom = "microsoft-noreply@microsoft.com"
    inv = "G0%08d" % r.randint(10000000, 99999999)
    paras = [
        "Your invoice is ready",
        "",
        "Billing account: Example Group UK Ltd",
        "Invoice number: %s" % inv,
        "Invoice date: 1 November 2026",
        "Billing period: 1 October 2026 - 31 October 2026",
        "Amount due: GBP 3,218.40",
        "Due date: 1 December 2026",
        "Payment method: Invoice (bank transfer)",
        "",
        "View and download your invoice in the Microsoft 365 admin center: https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/bills",
        "",
        "Please don't reply to this message. This mailbox is not monitored.",
        "Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521",
        "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<table width=\"100%\" style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130\"><tr><td style=\"padding:24px\">"
                         "<div style=\"font-size:15px;color:#737373\">Microsoft</div><h1 style=\"font-weight:600;font-size:28px\">Your invoice is ready</h1>"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:9])
                         + "<p><a href=\"https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/bills\" style=\"background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none\">View invoice</a></p>"
                         + "<p style=\"font-size:11px;color:#605e5c\">" + "<br>".join(M.esc(p) for p in paras[12:]) + "</p></td></tr></table>", "utf-8", "Microsoft invoice")
    m.headers = [("From", "Microsoft <microsoft-noreply@microsoft.com>"), ("To", "priya.sharma@example.com"),
                 ("Subject", "Your Microsoft invoice %s is ready" % inv), ("Date", I.rfc2822_nopad(m.t, "UTC")),
                 ("Message-ID", env.msgid), ("MIME-Version", "1.0")]
    m.post_headers = env.ms_post
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8")
    m.what = "Genuine monthly Microsoft 365 invoice notification for the UK subsidiary"
    m.why = "Microsoft's own sender and infrastructure, amounts consistent with the tenant, link only to admin.microsoft.com, no phone number to call"
    m.hard_neg_of = [10]
    return m


def b11():
    m = Msg("business", 11, "en", "docusign-envelope-genuine")
    r = m.rng
    m.t = I.at(2026, 11, 26, 10, 5, 31, "UK")
    n = r.randint(30, 45)
    host = "mailfr%d.eumail.docusign.net" % r.randint(1, 4)
    m.env = env = I.helper_env(host, host, "185.81.100.%d" % n, "tls12", received=[
        "from docusign.net (dsfrmta%02d [10.11.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%%RCPT%%>; %s" % (
            r.randint(1, 20), r.randint(0, 255), r.randint(1, 254), host, I.postfix_qid(r), I.rfc2822(m.t, "UTC", abbr=True))],
        trace=[("X-Api-Host", "docusign.net"), ("X-DocuSign-Envelope-Id", I.ruuid(r).upper())])
    m.rcpt = "james.whitfield@examplegroup.eu"
    m.mailfrom = "dse@eumail.docusign.net"
    env_id = I.ruuid(r).replace("-", "").upper()
    link = "https://eu.docusign.net/Member/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (I.ruuid(r), I.ruuid(r), I.ruuid(r))
    text = M.paras_to_text([
        "Oliver Grant sent you a document to review and sign.",
        "",
        "REVIEW DOCUMENT",
        link,
        "",
        "Oliver Grant",
        "oliver.grant@brightwaterdigital.co.uk",
        "",
        "James, as agreed on Thursday - renewal for the two racks incl. the extra 8 kW from March. Countersigned copy goes to you automatically. Thanks, Oliver",
        "",
        "Do Not Share This Email",
        "This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
        "",
        "Alternate Signing Method",
        "Visit Docusign.com, click 'Access Documents', and enter the security code:",
        env_id[:32],
        "",
        "About Docusign",
        "Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.",
        "",
        "Questions about the Document?",
        "If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.",
    ])
    html = M.simple_html("<table width=\"100%%\" style=\"background:#eaeaea\"><tr><td align=\"center\" style=\"padding:20px\"><table width=\"640\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\">"
                         "<tr><td style=\"padding:20px 24px\"><img src=\"https://eu.docusign.net/Member/Images/email/docusign-logo.png\" alt=\"Docusign\" width=\"116\"></td></tr>"
                         "<tr><td style=\"background:#1e4ca1;padding:30px;text-align:center;color:#fff\"><p style=\"font-size:16px\">Oliver Grant sent you a document to review and sign.</p>"
                         "<a href=\"%s\" style=\"display:inline-block;background:#ffc423;color:#333;font-weight:bold;padding:12px 26px;text-decoration:none\">REVIEW DOCUMENT</a></td></tr>"
                         "<tr><td style=\"padding:24px;font-size:15px;color:#333\"><b>Oliver Grant</b><br>oliver.grant@brightwaterdigital.co.uk"
                         "<p>James, as agreed on Thursday - renewal for the two racks incl. the extra 8 kW from March. Countersigned copy goes to you automatically. Thanks, Oliver</p></td></tr>"
                         "<tr><td style=\"padding:24px;font-size:11px;color:#666;background:#f4f4f4\"><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %s</td></tr>"
                         "</table></td></tr></table>" % (link, env_id[:32]), "utf-8", "Docusign")
    m.headers = [("Reply-To", "Oliver Grant <oliver.grant@brightwaterdigital.co.uk>"),
                 ("From", "Oliver Grant via Docusign <dse@eumail.docusign.net>"),
                 ("To", "James Whitfield <james.whitfield@examplegroup.eu>"),
                 ("Message-ID", "<%s@docusign.net>" % I.rhex(r, 32)),
                 ("Subject", "Complete with Docusign: Brightwater_Colocation_Renewal_2027.pdf"),
                 ("MIME-Version", "1.0"), ("Date", I.rfc2822(m.t, "UTC"))]
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", I.b_hex(r, 32, "----=_Part_")(0), label="utf-8")
    m.what = "Genuine DocuSign envelope from customer Brightwater Digital for the 2027 colocation renewal"
    m.why = "Sent by DocuSign's EU mail infrastructure (eumail.docusign.net), links to eu.docusign.net, matches the agreed renewal; Reply-To is the real customer"
    m.hard_neg_of = [11]
    return m


def b12():
    m = Msg("business", 12, "en", "trade-newsletter-mailchimp")
    r = m.rng
    m.t = I.at(2026, 11, 12, 13, 0, 4, "UTC")
    m.env = env = I.mailchimp(r, m.t)
    m.rcpt = "julia.hartmann@examplegroup.eu"
    uid, lid, cid = I.rhex(r, 25), I.rhex(r, 10), I.rhex(r, 10)
    m.mailfrom = "bounce-mc.us14_%d.%d-%s@%s" % (r.randint(10000000, 99999999), r.randint(1000000, 9999999), "julia.hartmann=examplegroup.eu", env.helo)
    base = "https://thecoloreport.us14.list-manage.com"
    items = [
        ("Frankfurt grid connections: Mainova's queue now stretches to 2031", "Why operators in the Rhein-Main region are turning to on-site generation and what it means for colocation pricing."),
        ("Liquid cooling retrofits: lessons from three brownfield halls", "Rear-door heat exchangers versus direct-to-chip - costs per kW from real projects in Amsterdam, Milan and Warsaw."),
        ("EU Energy Efficiency Directive: second reporting round", "The database opens in spring; here is the checklist for sites above 500 kW."),
    ]
    text = ["THE COLO REPORT - Week 46/2026", "", "View this email in your browser (%s/?e=%s&u=%s&id=%s)" % (base, I.rhex(r, 10), uid, cid), ""]
    for t_, d in items:
        text += [t_, d, "Read more (%s/track/click?u=%s&id=%s&e=%s)" % (base, uid, I.rhex(r, 10), I.rhex(r, 10)), ""]
    text += ["Copyright (C) 2026 The Colo Report, All rights reserved.", "You are receiving this email because you subscribed at datacenterworld Frankfurt 2025.",
             "", "Our mailing address is:", "The Colo Report, 41 Luke Street, London EC2A 4DP, United Kingdom", "",
             "Want to change how you receive these emails?", "You can update your preferences (%s/profile?u=%s&id=%s&e=%s) or unsubscribe (%s/unsubscribe?u=%s&id=%s&e=%s&c=%s)" % (
                 base, uid, lid, I.rhex(r, 10), base, uid, lid, I.rhex(r, 10), cid)]
    html = M.simple_html("<table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Georgia,serif\"><tr><td style=\"padding:24px;border-bottom:4px solid #111\"><span style=\"font-size:26px;font-weight:bold\">THE COLO REPORT</span><br><span style=\"color:#777\">Week 46/2026</span></td></tr>"
                         + "".join("<tr><td style=\"padding:18px 24px\"><h2 style=\"font-size:19px\">%s</h2><p style=\"font-family:Arial;font-size:14px;color:#333\">%s</p><a href=\"%s/track/click?u=%s&amp;id=%s\">Read more</a></td></tr>" % (M.esc(a), M.esc(b), base, uid, I.rhex(r, 10)) for a, b in items)
                         + "<tr><td style=\"padding:18px 24px;font-family:Arial;font-size:11px;color:#888\">You are receiving this email because you subscribed at datacenterworld Frankfurt 2025.<br>"
                         "<a href=\"%s/unsubscribe?u=%s&amp;id=%s\">unsubscribe from this list</a> | <a href=\"%s/profile?u=%s&amp;id=%s\">update subscription preferences</a></td></tr></table>"
                         "<img src=\"%s/track/open.php?u=%s&amp;id=%s&amp;e=%s\" height=\"1\" width=\"1\" alt=\"\">" % (base, uid, lid, base, uid, lid, base, uid, cid, I.rhex(r, 10)), "utf-8", "The Colo Report")
    m.headers = [("Subject", "Frankfurt grid queue, liquid cooling retrofits, EED round two"),
                 ("From", "The Colo Report <editor@thecoloreport.com>"), ("Reply-To", "The Colo Report <editor@thecoloreport.com>"),
                 ("To", "<julia.hartmann@examplegroup.eu>"), ("Date", I.rfc2822(m.t, "UTC")),
                 ("Message-ID", env.msgid),
                 ("X-Mailer", "Mailchimp Mailer - **CID%s**" % cid), ("X-Campaign", "mailchimp%s.%s" % (uid, cid)),
                 ("X-campaignid", "mailchimp%s.%s" % (uid, cid)), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, cid, I.rhex(r, 10))),
                 ("X-MC-User", uid), ("Feedback-ID", "%d:%d.%d:us14:mc" % (r.randint(10000000, 99999999), r.randint(10000000, 99999999), r.randint(1000000, 9999999))),
                 ("List-ID", "%smcsv.net <%s.list-id.mcsv.net>" % (uid, lid)),
                 ("List-Unsubscribe", "<https://thecoloreport.us14.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (
                     uid, lid, I.rhex(r, 10), cid, uid, cid, I.rhex(r, 10))),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Mime-Version", "1.0")]
    m.body = alt(M.paras_to_text(text), html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8")
    m.what = "Subscribed trade newsletter (data-centre industry) via Mailchimp with List-Unsubscribe / One-Click"
    m.why = "Opt-in newsletter, standard Mailchimp infrastructure and headers, tracking links only to list-manage.com, no credential or payment request"
    return m


def b13():
    m = Msg("business", 13, "en", "customer-remittance-advice-pdf")
    r = m.rng
    m.t = I.at(2026, 11, 13, 15, 22, 47, "UK")
    m.env = env = I.eop(r, m.t, "brightwaterdigital.co.uk", region="eurprd04", pod="DU2PR04MB", tenant_id=BW_TENANT)
    m.rcpt = "priya.sharma@example.com"
    m.mailfrom = "accounts@brightwaterdigital.co.uk"
    paras = ["Dear Priya,", "", "Please find attached our remittance advice for today's BACS payment of GBP 14,880.00 covering invoices INV-UK-26-0418 and INV-UK-26-0431.",
             "", "Kind regards,", "", "Hannah Lewis", "Accounts Payable", "Brightwater Digital Ltd", "Studio 4, 27 Old Street, London EC1V 9HL"]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, "iso-8859-1", "EN-GB")
    doc = pdf.make_pdf([
        ("Brightwater Digital Ltd", 15, True), "Studio 4, 27 Old Street, London EC1V 9HL  -  VAT %s" % B.gb_vat("2871564"), "", "",
        ("REMITTANCE ADVICE", 13, True), "", "Payee: Example Group UK Ltd", "Payment date: 13/11/2026", "Method: BACS", "",
        "Invoice            Date         Amount GBP", "INV-UK-26-0418     01/10/2026     9,840.00", "INV-UK-26-0431     15/10/2026     5,040.00", "",
        ("Total paid                        14,880.00", 11, True), "", "Paid to: Example Group UK Ltd, sort code 20-32-53, account ending 4471",
    ], title="Remittance 13/11/2026", author="Brightwater Digital Ltd", creator="Xero", producer="Xero PDF", date="D:20261113152001Z")
    m.headers = hdrs_outlook365(env, m.t, "Brightwater Digital Accounts <accounts@brightwaterdigital.co.uk>",
                                "Priya Sharma <priya.sharma@example.com>", "Remittance advice - BACS 13/11/2026", lang="en-GB", rng=r, attach=True)
    m.post_headers = env.ms_post
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(text, html, "iso-8859-1", "quoted-printable", "quoted-printable", b(1)),
        M.attachment(doc, "application/pdf", "Remittance_Advice_13112026.pdf", describe="remittance PDF"),
    ], b(0))
    m.what = "Genuine remittance advice from customer Brightwater Digital's accounts team (PDF)"
    m.why = "Customer's own Microsoft 365 tenant and real accounts@ address, plain PDF with matching invoice numbers, no links"
    m.hard_neg_of = [13]
    return m


def b14():
    m = Msg("business", 14, "en", "colleague-broken-laptop-private-gmail")
    r = m.rng
    m.t = I.at(2026, 12, 2, 19, 48, 20, "UK")
    m.env = env = I.gmail(r, m.t)
    m.rcpt = "thomas.becker@example.com"
    m.mailfrom = "priya.sharma.ldn@gmail.com"
    paras = [
        "Hi Thomas,",
        "",
        "Sorry to bother you via my personal email - my work laptop (the Lenovo X1, asset tag EG-UK-0147) won't boot anymore since this afternoon. It shows a black screen with a blinking cursor after the BitLocker prompt. I've tried a hard reset twice.",
        "",
        "Could someone from IT have a look tomorrow? I'll work from the office and use the spare desk PC for month-end, so nothing urgent tonight. I can also bring it to the courier if it needs to go to Frankfurt.",
        "",
        "James is in copy so he knows.",
        "",
        "Thanks,",
        "Priya",
    ]
    m.headers = hdrs_gmail(env, m.t, "Priya Sharma <priya.sharma.ldn@gmail.com>", "Thomas Becker <thomas.becker@example.com>",
                           "Work laptop not booting (EG-UK-0147)", r, zone="UK", cc="James Whitfield <james.whitfield@examplegroup.eu>")
    m.body = alt(M.paras_to_text(paras), M.gmail_html(paras), "utf-8", "7bit", "7bit", env.boundary(0), label="UTF-8")
    m.what = "UK accountant reports a broken laptop to the head of IT from her private Gmail"
    m.why = "Private address but only a support request with asset tag, manager in copy, no payment, credentials or urgency; counterpart of the freemail impersonations"
    m.hard_neg_of = [14]
    return m


def b15():
    m = Msg("business", 15, "en", "github-password-reset-genuine")
    r = m.rng
    m.t = I.at(2026, 10, 28, 8, 33, 5, "EU")
    n = r.choice([19, 20, 21, 22, 27])
    host = "out-%d.smtp.github.com" % n
    m.env = env = I.helper_env(host, host, "192.30.252.%d" % (190 + n), "tls13", received=[
        "from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%%RCPT%%>; %s" % (
            I.rhex(r, 5), r.randint(0, 255), r.randint(1, 254), I.postfix_qid(r), I.rfc2822(m.t, "PT", abbr=True))])
    m.rcpt = "thomas.becker@example.com"
    m.mailfrom = "noreply@github.com"
    tok = I.rstr(r, 48, I.ALNUM)
    text = M.paras_to_text([
        "We heard that you lost your GitHub password. Sorry about that!",
        "",
        "But don't worry! You can use the following link to reset your password:",
        "",
        "https://github.com/password_reset/%s" % tok,
        "",
        "If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset",
        "",
        "Thanks,",
        "The GitHub Team",
    ])
    html = M.simple_html("<table width=\"544\" align=\"center\" style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px\"><tr><td style=\"padding:24px\">"
                         "<h2 style=\"font-weight:400\">Reset your GitHub password</h2><p>We heard that you lost your GitHub password. Sorry about that!</p><p>But don't worry! You can use the following button to reset your password:</p>"
                         "<p><a href=\"https://github.com/password_reset/%s\" style=\"background:#2da44e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none\">Reset your password</a></p>"
                         "<p>If you don't use this link within 3 hours, it will expire. <a href=\"https://github.com/password_reset\">Click here to get a new password reset link</a>.</p><p>Thanks,<br>The GitHub Team</p></td></tr></table>" % tok, "utf-8", "GitHub")
    m.headers = [("Date", I.rfc2822(m.t, "PT")), ("From", "GitHub <noreply@github.com>"), ("To", "thomas.becker@example.com"),
                 ("Message-ID", "<%s_%s%d@%s.mail>" % (I.rhex(r, 13), I.rhex(r, 5), r.randint(1000000, 9999999), "smtp.github.com")),
                 ("Subject", "[GitHub] Please reset your password"), ("Mime-Version", "1.0"),
                 ("X-Auto-Response-Suppress", "All")]
    m.body = alt(text, html, "UTF-8", "7bit", "quoted-printable", I.b_hex(r, 24, "--==_mimepart_")(0), label="UTF-8")
    m.what = "Genuine GitHub password-reset mail requested by the head of IT"
    m.why = "GitHub's own outbound servers (out-NN.smtp.github.com), link only to github.com, expected after a user-initiated reset"
    return m


def b16():
    m = Msg("business", 16, "en", "ripe-ncc-billing-genuine")
    r = m.rng
    m.t = I.at(2026, 12, 1, 9, 2, 11, "EU")
    host = "mahimahi.ripe.net"
    m.env = env = I.helper_env(host, host, "193.0.19.%d" % r.choice([104, 105, 112]), "tls13", received=[
        "from billing-app-1.ripe.net ([193.0.20.%d])\n\tby %s with esmtp (Exim 4.96)\n\t(envelope-from <billing@ripe.net>)\n\tid 1t%s-00%s-%s\n\tfor %%RCPT%%;\n\t%s" % (
            r.randint(10, 250), host, I.rstr(r, 4), I.rstr(r, 4, "0123456789ABCDEF"), I.rstr(r, 2), I.rfc2822(m.t, "EU"))])
    m.rcpt = "thomas.becker@example.com"
    m.mailfrom = "billing@ripe.net"
    text = M.paras_to_text([
        "Dear Thomas Becker,",
        "",
        "Please find information about your RIPE NCC membership invoice for 2027 below.",
        "",
        "LIR: de.examplegroup",
        "Invoice number: 2027-%06d" % r.randint(100000, 999999),
        "Amount: EUR 1,550.00 (annual membership fee 2027)",
        "Due date: 15 February 2027",
        "",
        "The invoice is available as a PDF in the LIR Portal under \"Billing\": https://my.ripe.net",
        "",
        "Payments must be made by bank transfer to the RIPE NCC account stated on the invoice, quoting the invoice number. The RIPE NCC bank details have not changed.",
        "",
        "If you have any questions, please reply to this email or contact billing@ripe.net.",
        "",
        "Kind regards,",
        "",
        "Finance Department",
        "RIPE NCC",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "EU")), ("From", "RIPE NCC Billing <billing@ripe.net>"), ("To", "thomas.becker@example.com"),
                 ("Subject", "RIPE NCC membership invoice 2027 - de.examplegroup"), ("Message-ID", "<%s.%s@billing.ripe.net>" % (m.t.strftime("%Y%m%d%H%M%S"), I.rhex(r, 8))),
                 ("MIME-Version", "1.0")]
    m.body = M.text_part(text, "plain", "us-ascii", "7bit", label="us-ascii", ct_style="plain")
    m.what = "Genuine RIPE NCC annual membership invoice notice for the company's LIR"
    m.why = "Sent from ripe.net's own mail servers, plain text, points to my.ripe.net only, explicitly states bank details unchanged"
    m.hard_neg_of = [16]
    return m


ALL = [b09, b10, b11, b12, b13, b14, b15, b16]
