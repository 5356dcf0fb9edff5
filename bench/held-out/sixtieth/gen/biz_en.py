"""Genuine business messages 09-16 (English)."""
import mailers as M
from core import message, alt, mixed, pdf_att
from mime import Text, to_plain, html_outlook, html_branded
from common import D, SIG
from people import st
from docs import simple_doc
from util import hexid, alnum, uuid4

F = "business"


def ms_outbound(geo, ip, rdns):
    """Microsoft's own notification senders (Exchange Online Protection, NAM)."""
    def prof(ctx):
        r, d = ctx["r"], ctx["date"]
        srv = "%s%s" % (r.choice(["BN8PR12MB", "CH3PR11MB", "SA1PR12MB", "MW4PR21MB"]), r.randint(1000, 9999))
        hops = ["from %s.namprd12.prod.outlook.com (2603:10b6:%s::%d) by\n %s.namprd12.prod.outlook.com (2603:10b6:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8511.22; %s" % (
            srv, hexid(r, 3), r.randint(2, 30), srv.replace("MB", "CA"), hexid(r, 3), r.randint(2, 30), M.utcs(d, 1))]
        return {"msgid": "<%s@az.%s.microsoft.com>" % (uuid4(r), ctx["opt"].get("az", "westeurope")),
                "hops": hops, "client": ("%s-obe.outbound.protection.outlook.com" % geo, rdns, ip),
                "tls": M.TLS12, "headers": [("X-MS-Exchange-Organization-AuthAs", None)],
                "boundary": lambda k: "--boundary_%d_%s" % (r.randint(100, 999), uuid4(r)),
                "order": "generic"}
    return prof


def build():
    # ------------------------------------------------------------ 09 RIPE NCC invoice notice (genuine)
    txt = """Dear Thomas Brenner,

The invoice for the 2027 RIPE NCC service fee for your LIR account de.examplegroup is now available.

Invoice number: 2027-011842
Amount: EUR 1,550.00
Due date: 31 January 2027

You can view and download the invoice in the LIR Portal under Billing > Invoices:
https://my.ripe.net

Payment options, including our bank details, are listed on the invoice. Please always quote the invoice number as the payment reference.

If you have any questions about your invoice, please reply to this email.

Kind regards,

Finance Department
RIPE NCC
https://www.ripe.net"""

    def ripe(ctx):
        r = ctx["r"]
        return {"msgid": "<%d.%d.%s@billing.ripe.net>" % (int(ctx["date"].timestamp()), r.randint(10000, 99999), hexid(r, 8)),
                "hops": ["from billing-app-1.prod.ripe.net (billing-app-1.prod.ripe.net [193.0.10.57])\n\tby mahimahi.ripe.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    M.pfx_short(r), ctx["rcpt"], M.loc(ctx["date"], "de", 1, True))],
                "client": ("mahimahi.ripe.net", "mahimahi.ripe.net", "193.0.19.114"), "tls": M.TLS13,
                "headers": [("Auto-Submitted", "auto-generated")], "boundary": lambda k: "x", "order": "generic"}
    message(F, 9, "en", "ripe-ncc-invoice-available", ripe,
            ("RIPE NCC Finance", "billing@ripe.net"), [st("thomas.brenner")],
            "Your RIPE NCC invoice 2027-011842 is available (de.examplegroup)",
            D("de", 12, 1, 10, 0, 12),
            Text(txt, "plain", "us-ascii", "7bit", quote_charset=False, hardwrap=76),
            what="RIPE NCC notice that the 2027 LIR service-fee invoice is available in the LIR Portal.",
            why="Genuine: ripe.net infrastructure, refers to the real portal my.ripe.net by plain URL, 30+ days payment term, no threat, no card request. Hard negative for attack/09.",
            pair="attack/09")

    # ------------------------------------------------------------ 10 genuine DocuSign envelope
    env = uuid4(rng_local("b10a"))
    acct = uuid4(rng_local("b10b"))
    er = uuid4(rng_local("b10c"))
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, er)
    code = env.replace("-", "").upper()[:32]
    txt = """Emma Clarke sent you a document to review and sign.

[[BUTTON:REVIEW DOCUMENT|%s]]

Emma Clarke
emma.clarke@harrowfinch.co.uk

Hi James, here is the order form for the additional 12 cloud telephony seats and the second SIP trunk as agreed on our call - signed on our side, please countersign when you can. Thanks, Emma

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go - or even across the globe - Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Emma Clarke who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.""" % (link, code)
    html = html_branded("Docusign", txt, brand="#4c00ff", logo_text="Docusign", lang="en")

    def docusign(ctx):
        r = ctx["r"]
        return {"msgid": "<%s@eumail.docusign.net>" % hexid(r, 32),
                "hops": ["from eu1-mta-07.eumail.docusign.net (10.81.14.27) by\n mailxb2.eumail.docusign.net (10.81.11.12) with ESMTP id %s;\n %s" % (
                    hexid(r, 12, upper=True), M.utcs(ctx["date"], 1))],
                "client": ("mailxb2.eumail.docusign.net", "mailxb2.eumail.docusign.net", "185.81.100.82"),
                "tls": M.TLS12,
                "headers": [("X-Api-Host", "eu.docusign.net")],
                "return_path": "bounces+%s@eumail.docusign.net" % hexid(r, 16),
                "boundary": lambda k: "----=_NextPart_%s" % uuid4(r), "order": "generic"}
    message(F, 10, "en", "docusign-envelope-order-form", docusign,
            ("Emma Clarke via Docusign", "dse@eumail.docusign.net"), [st("james.whitfield")],
            "Please DocuSign: Harrow & Finch - Order Form Cloud Telephony (12 seats + SIP trunk).pdf",
            D("en", 10, 21, 15, 40, 2),
            alt(to_plain(txt, "angle"), html, "utf-8", cte_p="quoted-printable", cte_h="base64"),
            reply_to=("Emma Clarke", "emma.clarke@harrowfinch.co.uk"),
            what="DocuSign envelope from a customer for an order form (additional telephony seats) awaiting counter-signature.",
            why="Genuine: DocuSign EU sending infrastructure, Reply-To the known customer contact, link to eu.docusign.net with envelope/account IDs, security code, expected business context. Hard negative for attack/10.",
            pair="attack/10")

    # ------------------------------------------------------------ 11 Microsoft renewal notice (genuine)
    txt = """Your subscription will renew soon

Microsoft 365 E3 will automatically renew on 1 December 2026.

Subscription: Microsoft 365 E3
Licences: 640
Billing account: Example Group SE
Renewal date: 1 December 2026
Billing frequency: Annual

No action is required. If you want to review your renewal settings or change the number of licences, go to Billing > Your products in the Microsoft 365 admin center:

[[Manage subscription|https://admin.microsoft.com/Adminportal/Home#/subscriptions]]

You are receiving this email because you are a billing administrator for Example Group SE.

Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839"""
    html = html_branded("Microsoft", txt, brand="#0067b8", logo_text="Microsoft", lang="en")
    message(F, 11, "en", "microsoft-365-renewal-notice", ms_outbound(
                "NAM12-MW2", "40.107.244.61", "mail-mw2nam12on2061.outbound.protection.outlook.com"),
            ("Microsoft", "microsoft-noreply@microsoft.com"), [st("thomas.brenner")],
            "Your Microsoft 365 E3 subscription will renew on 1 December 2026",
            D("en", 11, 1, 17, 5, 39),
            alt(to_plain(txt, "angle"), html, "utf-8"),
            what="Microsoft notice to the billing admin that the company's Microsoft 365 E3 subscription renews on 1 December.",
            why="Genuine: microsoft.com sender via Exchange Online Protection, Microsoft-style az.*.microsoft.com Message-ID, link only to admin.microsoft.com, no phone number, no amount charged in panic. Hard negative for attack/11 (TOAD).",
            pair="attack/11")

    # ------------------------------------------------------------ 12 internal security reminder (EN)
    txt = """Dear colleagues,

Several companies in our sector have recently been targeted by the following scam, so please read this carefully:

1. Your mailbox is suddenly flooded with hundreds of newsletter sign-ups and subscription confirmations.
2. Shortly afterwards someone contacts you on Microsoft Teams or by phone, claiming to be "IT Support" or the "Service Desk", and offers to fix the problem.
3. They ask you to open Quick Assist or another remote-access tool and give them the code.

Our Service Desk will never contact you from an external Teams account (these show the label "External"), and we never use Quick Assist. Remote support is only provided through our own tool after a ticket has been opened, and the engineer will always quote the ticket number.

If your mailbox is being flooded, don't accept any calls about it - report it via the "Report" button in Outlook and call the Service Desk on +49 69 2475-4444.

Thank you,

""" + SIG["thomas.brenner"]
    message(F, 12, "en", "it-security-reminder-helpdesk-scams-internal", M.exchange_internal,
            st("thomas.brenner"), [("All Staff UK", "all-uk@example.com")],
            "Security reminder: mailbox floods, fake help-desk calls and Quick Assist",
            D("en", 11, 16, 9, 30, 24),
            alt(txt, html_outlook(txt, "iso-8859-1", lang="EN-GB"), "iso-8859-1"),
            rcpt="james.whitfield@example.com", opt={"exch": "EXCH01", "clang": "en-GB", "lang": "en-GB, de-DE"},
            what="Internal IT notice to UK staff warning about mail-bombing followed by fake help-desk calls and Quick Assist.",
            why="Genuine: Head of IT via Exchange and the internal relay, no links or attachments, gives the known Service Desk number. Hard negative for attack/12 (same topic, malicious).",
            pair="attack/12")

    # ------------------------------------------------------------ 13 Entra ID Protection risky-user alert (genuine)
    txt = """Users at risk detected

Microsoft Entra ID Protection detected users at risk in your organisation, Example Group SE.

1 user was flagged at risk level High:
sarah.oconnor@example.com - Detection: Anomalous token, Unfamiliar sign-in properties - 24/11/2026 11:31 UTC

We recommend that you review the sign-in activity of this user, revoke sessions if the activity is not recognised and require a secure password change.

[[View users at risk|https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers]]

To stop receiving these notifications, change the alert settings in Microsoft Entra ID Protection.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy statement: https://go.microsoft.com/fwlink/?LinkId=521839"""
    html = html_branded("Microsoft Entra ID Protection", txt, brand="#0078d4", logo_text="Microsoft Entra", lang="en")
    message(F, 13, "en", "microsoft-entra-risky-user-alert", ms_outbound(
                "NAM12-BN8", "40.107.236.115", "mail-bn8nam12on2115.outbound.protection.outlook.com"),
            ("Microsoft Security", "azure-noreply@microsoft.com"), [st("lukas.weiss")],
            "Users at risk detected",
            D("utc", 11, 24, 11, 52, 7),
            alt(to_plain(txt, "angle"), html, "utf-8", cte_p="quoted-printable", cte_h="quoted-printable"),
            opt={"az": "northeurope"},
            what="Microsoft Entra ID Protection alert to the mail/security admin: one user flagged high risk after anomalous token use.",
            why="Genuine: Microsoft's notification sender and infrastructure, link only to entra.microsoft.com, addressed to an admin who is configured for these alerts; no request to sign in through a code. Hard negative for attack/13 (device-code phishing of the same user).",
            pair="attack/13")

    # ------------------------------------------------------------ 14 remittance advice via Xero (genuine)
    txt = """Hi Example Group UK Ltd,

Here's your remittance advice for payment of 4,612.80 GBP made to you on 13 Nov 2026.

If you have any questions, please let us know.

Thanks,
Pennine Freight Ltd"""
    ra = simple_doc([
        "## REMITTANCE ADVICE", "", "Pennine Freight Ltd", "Unit 4, Wakefield Europort, Castleford WF10 5QH", "",
        "To: Example Group UK Ltd, 20 Worship Street, London EC2A 2DX", "Payment Date: 13 Nov 2026", "", "---",
        "Invoice Date     Reference          Invoice Total     Amount Paid",
        "30 Sep 2026      EGUK-2026-0871          2,306.40        2,306.40",
        "31 Oct 2026      EGUK-2026-0952          2,306.40        2,306.40", "---",
        "# Amount Paid GBP 4,612.80", "",
        "Paid by BACS to account 53106644, sort code 20-37-14",
    ], title="Remittance Advice", author="Pennine Freight Ltd", producer="Xero", creator="Xero",
        date="D:20261113144512Z")
    message(F, 14, "en", "remittance-advice-xero-customer", M.ses,
            ("Pennine Freight Ltd", "messaging-service@post.xero.com"), [st("sarah.oconnor")],
            "Remittance Advice from Pennine Freight Ltd",
            D("en", 11, 13, 14, 45, 12),
            mixed(alt(txt, html_branded("Remittance Advice", txt, brand="#13b5ea", logo_text="Pennine Freight Ltd", lang="en"), "utf-8"),
                  pdf_att(ra, "Remittance Advice.pdf")),
            reply_to=("Pennine Freight Ltd", "accounts@penninefreight.co.uk"),
            opt={"region": "us-west-2"},
            what="Remittance advice from a customer's Xero accounting system for two paid invoices, PDF attached.",
            why="Genuine: Xero's messaging service (post.xero.com via Amazon SES), Reply-To the customer's accounts address, plain PDF whose amounts and bank details match our own invoices and account. Hard negative for attack/14 (ClickFix remittance).",
            pair="attack/14")

    # ------------------------------------------------------------ 15 GitHub password reset (genuine)
    tok = alnum(rng_local("b15"), 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    txt = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

[[Reset your password|https://github.com/password_reset/%s]]

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You’re receiving this email because a password reset was requested for your account.

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107""" % tok

    def github(ctx):
        r = ctx["r"]
        node = "hubbernetes-node-%s.ash1-iad.github.net" % hexid(r, 8)
        return {"msgid": "<%s_%s@%s.mail>" % (hexid(r, 13), hexid(r, 18), "lowworker-%s-%s" % (hexid(r, 10), alnum(r, 5, "bcdfghjklmnpqrstvwxz2456789"))),
                "hops": ["from github.com (%s [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
                    node, r.randint(1, 250), r.randint(1, 250), M.pfx_qid(r), ctx["rcpt"], M.loc(ctx["date"], "pt", 1, True))],
                "client": ("out-24.smtp.github.com", "out-24.smtp.github.com", "192.30.252.207"), "tls": M.TLS12,
                "headers": [("X-Auto-Response-Suppress", "All")],
                "boundary": lambda k: "--==_mimepart_%s_%d" % (hexid(r, 13), r.randint(10, 99)), "order": "generic"}
    message(F, 15, "en", "github-password-reset", github,
            ("GitHub", "noreply@github.com"), [st("lukas.weiss")],
            "[GitHub] Please reset your password",
            D("en", 10, 26, 16, 21, 58),
            alt(to_plain(txt, "bare"), html_branded("GitHub", txt, brand="#24292f", logo_text="GitHub", lang="en"), "utf-8"),
            what="GitHub password-reset e-mail requested by the mail admin for his GitHub account.",
            why="Genuine: github.com sending infrastructure (out-*.smtp.github.com), link to github.com/password_reset with a token, 3-hour expiry, no other requests.")

    # ------------------------------------------------------------ 16 angry customer complaint (M365)
    txt = """James,

I'm afraid I have to escalate this formally. For the third time this month our phone system has been unusable: since 08:50 this morning calls to our main number 020 7946 0815 are either dropping after a few seconds or going straight to "number unavailable". We have a filing deadline today and our fee earners can't reach clients or chambers.

Ticket references so far: EG-UK-INC-20461 (3 Nov), EG-UK-INC-20588 (12 Nov) and today's EG-UK-INC-20911. Each time we've been told it's "resolved" within a few hours, only for it to happen again.

Under clause 7.2 of our service agreement you committed to 99.95% availability - we are nowhere near that. I need:

1. a named engineer to call me within the hour on 07700 900 412,
2. a written root-cause analysis by Friday, and
3. a proposal for service credits for October and November.

If this isn't resolved properly we'll have to review whether to give notice under clause 14.

Regards,
Emma

Emma Clarke
Practice Manager
Harrow & Finch LLP
14 Bedford Row, London WC1R 4BU
T: 020 7946 0815"""
    message(F, 16, "en", "customer-complaint-telephony-outage", M.m365,
            ("Emma Clarke", "emma.clarke@harrowfinch.co.uk"), [st("james.whitfield")],
            "URGENT: third outage this month – all lines dropping",
            D("en", 11, 25, 9, 47, 16),
            alt(txt, html_outlook(txt, "windows-1252", lang="EN-GB"), "windows-1252"),
            cc=[st("anna.schmidt")],
            opt={"geo": "EUR02-VI1", "region": "eurprd07", "clang": "en-GB", "lang": "en-GB, en-US"},
            hcs="windows-1252", hmode="Q",
            what="Formal escalation by a customer's practice manager about repeated cloud-telephony outages, demanding RCA and service credits.",
            why="Genuine: customer's own M365 tenant, known contact, concrete ticket numbers and contract clauses; urgent and threatening, but asks for a call-back, no payment, link or attachment.")


def rng_local(seed):
    from util import rng
    return rng("business-en", seed)
