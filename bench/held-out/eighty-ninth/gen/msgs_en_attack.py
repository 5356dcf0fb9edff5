"""English attack messages (attack/09-16)."""
from lib import *
import infra as I
from util import hexs, alnum

FOLDER = "attack"


def _a09():
    link = "https://yorkshiregrand-docs.pages.dev/envelope/?id=8c1f4e27-5b0a-4d3e-9f61-2a7c9e0b41d5&u=james.whitaker@example.com"
    md = """Emma Clarke sent you a document to review and sign.

BTN: REVIEW DOCUMENT | %s

**Emma Clarke**
e.clarke@yorkshiregrand.co.uk

Hi James,
Please review and sign the Linen Services Agreement 2027 so we can confirm the January start date. The document will expire in 48 hours.
Kind regards, Emma

---
**Do Not Share This Email**
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

**About Docusign**
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""" % link
    return M(n=9, lang="en", slug="fake-docusign-cloudflare-pages",
             infra=I.mailgun("mg.esign-docucenter.com"), date="2026-11-18 14:05:10",
             frm=("Emma Clarke via Docusign", "dse_eu@esign-docucenter.com"), to=[S("james.whitaker")],
             subject="Complete with Docusign: Linen Services Agreement 2027 - Yorkshire Grand Hotel.pdf",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="docusign", color="#4c00ff",
                      footer="Powered by Docusign\nQuestions about the document? Contact the sender directly."),
             what="Fake Docusign envelope 'from' a real customer contact asking to review the 2027 linen contract.",
             why="Sent via Mailgun from esign-docucenter.com, not docusign.net; REVIEW DOCUMENT goes to a Cloudflare Pages site (pages.dev) with the recipient address in the URL (credential harvesting); no Docusign security code; 48-hour expiry pressure. Genuine counterpart: business/09.")


def _a10():
    url = "https://yorkshiregrand-my.sharepoint.com/:o:/g/personal/e_clarke_yorkshiregrand_co_uk/EkR3vQm8w1lGm7cXz2nQpX4BqYQe9T0r5hYkL2s8Jc1uAw?e=Wn4kTq"
    md = """**Emma Clarke** shared a file with you

Remittance Advice - November 2026 (BACS payment batch 1142)

BTN: Open | %s

This link will work for anyone at Example Group.

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % url
    return M(n=10, lang="en", slug="compromised-customer-sharepoint-onenote",
             infra=I.m365(tenant_srv="LO2P265MB4410", region="GBRP265", outbound=("GBR01-LO2-obe", "mail-lo2gbr01on2112", "40.107.23.112"), tz="UK"),
             date="2026-11-26 15:17:42", frm=("Emma Clarke", "e.clarke@yorkshiregrand.co.uk"),
             to=[("Emma Clarke", "e.clarke@yorkshiregrand.co.uk")], rcpt="james.whitaker@example.com",
             subject="Emma Clarke shared \"Remittance Advice - November 2026\" with you",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="SharePoint", color="#036c70"),
             accept_lang="en-GB, en-US", content_lang="en-GB",
             what="Fake SharePoint share notification ('Remittance Advice') sent from a genuinely compromised customer mailbox; the link is a OneNote notebook (:o:) on the customer's own OneDrive that leads on to an AiTM login page.",
             why="The customer's Microsoft 365 mailbox is compromised: the message is hand-made HTML imitating a SharePoint notice but sent by the user herself (real shares come from SharePoint Online), addressed To: herself with the real recipients in Bcc, a OneNote (:o:) link for a 'remittance' (a customer that pays by BACS never sends remittances this way). Genuine mail from the same sender: business/13.")


def _a11():
    inv = "INV2-7QKD-94XH-2MRT-LC6E"
    md = """**Norton Security Services** sent you an invoice for **£389.99 GBP**

Due on receipt

BTN: View and Pay Invoice | https://www.paypal.com/invoice/p/#%s

**Note from seller**
Your Norton 360 Total Protection (5 devices, 3 years) subscription has been renewed and £389.99 will be charged to your account today. If you did not authorise this renewal or wish to cancel and receive a full refund, contact our billing department within 24 hours on +44 20 3966 4172 (Mon-Sun, 8am-10pm).

Invoice number: %s
Seller: Norton Security Services - Billing +44 20 3966 4172

---
Don't recognise this invoice? Don't pay it. Report it to PayPal.
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.""" % (inv, inv)

    def mid(c):
        r = c["rng"]
        return "%02X.%02X.%05d.%08X@ccg01mail%02d" % (r.randrange(256), r.randrange(256), r.randint(10000, 60000), r.getrandbits(32), r.randint(1, 9))

    def hops(c):
        from util import rfc2822, secs
        return ["Received: (qmail %d invoked by uid 993); %s" % (c["rng"].randint(10000, 60000), rfc2822(secs(c["t"], 2), "PT"))]

    def hdrs(c):
        return [("X-PP-Email-transmission-Id", "%s-%s-%s-%s-%s" % (hexs(c["rng"], 8), hexs(c["rng"], 4), hexs(c["rng"], 4), hexs(c["rng"], 4), hexs(c["rng"], 12))),
                ("X-MaxCode-Template", "PPX000624"), ("X-Email-Type-Id", "PPX000624")]
    inf = I.service("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225", mid, hops, hdrs, tz="PT",
                    rp=lambda c: "service@paypal.co.uk")
    return M(n=11, lang="en", slug="paypal-invoice-callback-toad",
             infra=inf, date="2026-12-02 09:40:33", frm=("service@paypal.co.uk", "service@paypal.co.uk"), to=[S("priya.shah")],
             subject="Invoice from Norton Security Services (%s)" % inv[-4:],
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="PayPal", color="#003087"),
             what="Callback phishing (TOAD) delivered through PayPal's genuine invoicing: a fake 'Norton renewal' invoice of £389.99 with a phone number to 'cancel'.",
             why="Genuine PayPal infrastructure is abused: the attacker's merchant name and seller note carry a phone number; no relationship with Norton; the call leads to remote-access / refund fraud. The danger is the phone number, not a link. Genuine PayPal mail: business/15.")


def _a12():
    md = """Hi James,

Thanks for your time on the phone on Tuesday. As mentioned, we are finalising the shortlist for the 2027 linen and towel tender for the Harrogate and York properties, and the panel would like a quick clarification call with Example Group today at 15:30.

We run these sessions in our secure Teams environment. To join as an external guest:

1. Go to [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)
2. Enter the code **HK9P2QWXL**
3. Sign in with your Example Group Microsoft 365 account to confirm your identity

Please note that the code expires 15 minutes after this email was sent. If it has expired, just reply and I will send you a new one.

Kind regards,

Oliver Grant
Procurement Lead
Northern Hospitality Purchasing Partners
T: +44 113 496 0728"""
    return M(n=12, lang="en", slug="device-code-phishing-teams-tender",
             infra=I.m365(tenant_srv="CWXP123MB4567", region="GBRP123", outbound=("GBR01-CWX-obe", "mail-cwxgbr01on2103", "40.107.121.103"), tz="UK"),
             date="2026-11-12 14:02:16", frm=("Oliver Grant", "oliver.grant@nhpp-procurement.co.uk"), to=[S("james.whitaker")],
             subject="Linen tender 2027 - clarification call today 15:30 (Teams)",
             body=alt(md, "us-ascii", "7bit", style="outlook", lang="EN-GB"), accept_lang="en-GB, en-US", content_lang="en-GB",
             what="Device-code phishing: a 'procurement consortium' invites the UK office manager to a Teams call and asks him to enter a code at microsoft.com/devicelogin.",
             why="The URL is genuinely Microsoft's, but entering the attacker-generated device code and signing in hands the attacker OAuth tokens for the victim's M365 account (Storm-2372 technique); unknown sender from a freshly set-up M365 tenant, invented earlier phone call, 15-minute expiry.")


def _a13():
    link = "https://companieshouse-filing.co.uk/webfiling/signin?company=12894417&ref=CS01-2026-114"
    md = """**Confirmation statement overdue**

Company name: EXAMPLE TEXTILE SERVICES UK LIMITED
Company number: 12894417

Our records show that the confirmation statement for this company was due on 30 September 2026 and has not yet been delivered.

Failure to file a confirmation statement is a criminal offence. The company and its officers may be prosecuted, and the registrar may start action to strike the company off the register.

To avoid further action, sign in to WebFiling, confirm the company details and pay the annual fee of £50 by **15 October 2026**.

BTN: Sign in to WebFiling | %s

Companies House
Crown Way, Cardiff, CF14 3UZ""" % link
    return M(n=13, lang="en", slug="companies-house-confirmation-statement-ses",
             infra=I.ses(region="eu-west-2", ipnet="23.249.208", prefix="0106"), date="2026-10-08 11:15:02",
             frm=("Companies House", "no-reply@companieshouse-filing.co.uk"), to=[S("priya.shah")],
             subject="Action required: confirmation statement overdue - EXAMPLE TEXTILE SERVICES UK LIMITED (12894417)",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="GOV.UK", color="#0b0c0c",
                      footer="This is an automated message. Please do not reply."),
             what="Credential/payment phishing posing as Companies House: confirmation statement 'overdue', sign in and pay the £50 fee.",
             why="Sender domain companieshouse-filing.co.uk is not gov.uk; sent through Amazon SES with a look-alike WebFiling link; prosecution and strike-off threats with a short deadline. Genuine counterpart via GOV.UK Notify: business/16.")


def _a14():
    md = """Hi Priya,

Our monitoring has detected that your mailbox received more than 3,000 newsletter and subscription emails in the last hour. This is a known spam-flooding attack and we are already blocking the senders.

To finish the clean-up on your device, an engineer from the Service Desk will contact you via **Microsoft Teams** within the next 15 minutes. The chat will show as **"IT Service Desk (External)"** because we work through our support partner's tenant.

Please:
- accept the Teams chat request,
- when asked, open **Quick Assist** (Windows key + Ctrl + Q) and read the 6-digit code to the engineer,
- do not restart your PC or change your password until the engineer has finished.

Ticket: INC0048812
Priority: High

Kind regards,
IT Service Desk
Example Group, Kassel / Leeds"""
    return M(n=14, lang="en", slug="teams-helpdesk-quick-assist-vishing",
             infra=I.m365(tenant_srv="PR3P195MB0712", region="EURP195", outbound=("EUR03-AM7-obe", "mail-am7eur03on2119", "40.107.105.119"), tz="UK"),
             date="2026-11-24 13:02:40", frm=("IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"), to=[S("priya.shah")],
             subject="[INC0048812] Spam flood on your mailbox - remediation call via Teams",
             body=alt(md, "us-ascii", "7bit", style="outlook", lang="EN-GB"), accept_lang="en-GB, en-US", content_lang="en-GB",
             what="Help-desk vishing pretext: after an e-mail bombing, a fake 'IT Service Desk' announces a Teams call and asks the user to start Quick Assist.",
             why="Sent from an external *.onmicrosoft.com tenant impersonating internal IT (internal IT uses example.com via mail-int01); Quick Assist remote-control request and 'don't change your password' match the Black Basta/Storm-1811 playbook.")


def _a15():
    btc = B.bech32_p2wpkh("attack-15-extortion")
    assert B.bech32_valid(btc)
    text = """Hello James,

I will get straight to the point. Some months ago I gained access to the devices you use to browse the internet, through a driver update on a website you visited. Since then I have been watching your activity.

I have copies of your contacts, your e-mails and recordings made with your camera while you were visiting certain websites. With one click I can send these videos to your colleagues at Example Group, your family and your LinkedIn contacts.

I do not want to ruin your life. Transfer 1450 USD in Bitcoin to my wallet and everything will be deleted permanently:

%s

If you do not know how to buy Bitcoin, search "how to buy bitcoin" in Google. You have 48 hours from the moment you open this e-mail. I can see when it has been opened.

Do not reply to this e-mail, the address is spoofed. Do not go to the police, they cannot help you and I will know.
""" % btc
    return M(n=15, lang="en", slug="extortion-bitcoin-spoofed-self",
             infra=I.botnet("User", "static.vnpt.vn", "113.161.42.87", tz="VN", mailer="Microsoft Outlook 16.0"),
             date="2026-12-06 03:27:55", frm=("", "james.whitaker@example.com"), to=[S("james.whitaker")],
             return_path="james.whitaker@example.com", ctx={"msgid_domain": "example.com"},
             subject="james.whitaker - your account has been compromised (payment pending)",
             body=Text(text, "us-ascii", "7bit"), btc=btc,
             what="Sextortion: claims spyware and webcam recordings, demands 1,450 USD in Bitcoin within 48 hours.",
             why="Recipient's own address spoofed in From/Return-Path, sent without TLS from a Vietnamese consumer IP (no relation to example.com), bulk extortion template with a (checksum-valid) bech32 Bitcoin address.")


def _a16():
    md = """James,

Are you at your desk? I need you to take care of something for me today, discreetly.

I want to surprise the Leeds team with a thank-you for the November volumes before the Christmas party, and some of our key contacts at the hotels as well. Please buy 8 Apple gift cards of £100 each (Tesco or Sainsbury's have them) and keep the receipts, Priya can reimburse you through expenses next week.

Once you have them, scratch the back, take a clear photo of each card with the code visible and send them to me here. I will write the cards myself tonight.

Please keep it between us for now, it's a surprise. I'm in meetings at the Kassel plant all afternoon and can't take calls.

Thanks,
Matthias

Sent from my iPhone"""
    return M(n=16, lang="en", slug="ceo-gift-card-request-gmail",
             infra=I.gmail(node="wm1", tz="DE"), date="2026-12-10 10:21:37",
             frm=("Matthias Schröder", "m.schroeder.ceo@gmail.com"), to=[S("james.whitaker")],
             subject="Quick favour", body=alt(md, "utf-8", "quoted-printable", style="gmail"),
             what="Gift-card scam: 'CEO' asks the UK office manager to buy eight £100 Apple gift cards and send photos of the codes.",
             why="CEO display name on a Gmail address, secrecy and 'can't take calls', gift-card codes by photo (untraceable cash-out).")


MESSAGES = [_a09(), _a10(), _a11(), _a12(), _a13(), _a14(), _a15(), _a16()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
