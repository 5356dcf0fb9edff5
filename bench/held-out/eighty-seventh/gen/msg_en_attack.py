"""English attack messages (09-16)."""
import checkdigits as cd
from company import S
from common import pdf_att, svg_att
from files import svg_link_page
from infra import TLS12, TLS13

VRN = cd.gb_vrn("3814472")
BTC = cd.btc_address("audit88/extortion/uk-cafes")


def messages():
    M = []
    # ----------------------------------------------------------------- 09
    M.append(dict(
        slug="device-code-teams-range-review",
        date="2026-11-11 14:22:09", zone="UK",
        frm=("Rachel Hughes", "rachel.hughes@penninefoodservice.com"),
        to=[S("uk_mgr")],
        subject="Pennine / Example Group – Q1 2027 range review (secure Teams session)",
        via="m365", via_opts=dict(region="GBR", lang="en-GB", tenant="penninefoodservice.com"),
        charset="us-ascii", cte="7bit", html="auto", plain_links="outlook",
        text="""Hi James,

As discussed with Anja last week, we'd like to go through the Q1 2027 frozen bakery range and the revised drop schedule for the North West depots before we lock the planogram on Friday.

I've opened a secure Teams session on our side. Since our new conditional access policy went live, external guests have to authorise their device before they can join:

1. Go to [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]
2. Enter the code GK7QFM2XP (valid for 15 minutes)
3. Sign in with your Example Group account - you'll then be admitted straight to the meeting.

Sorry for the faff, our IT insist on it since the supplier portal incident in the summer. If the code has expired just reply and I'll generate a fresh one.

Kind regards,
Rachel

Rachel Hughes
Category Buyer - Bakery & Desserts
Pennine Foodservice Ltd
Unit 4, Lowfields Business Park, Elland HX5 9HJ
T: +44 1422 370 418""",
        what="Device-code phishing: a 'Teams session' invitation from a look-alike of the customer Pennine Foodservice that asks the recipient to enter an attacker-generated code at microsoft.com/devicelogin.",
        why="penninefoodservice.com is a look-alike of the genuine penninefoodservice.co.uk (separate M365 tenant); the link is genuine Microsoft, but entering the attacker's device code and signing in hands the attacker OAuth tokens for James's account; short-lived code, pretext about 'conditional access'. Genuine Teams invites (business 09) never need a device code.",
    ))
    # ----------------------------------------------------------------- 10
    sp_link = ("https://harrowfieldjoinery-my.sharepoint.com/:b:/g/personal/accounts_harrowfieldjoinery_co_uk/"
               "EY7kR2c4n1xNp0QbV6fW3hABq8Xk2mZ0Ls9uTy4Jd1vQwg?e=Kp3xQ2")
    M.append(dict(
        slug="sharepoint-remittance-compromised-tenant",
        date="2026-11-13 11:05:48", zone="UK",
        frm=("Harrowfield Joinery Accounts via SharePoint Online", "no-reply@sharepointonline.com"),
        to=[S("uk_acc")],
        subject="Harrowfield Joinery Accounts shared \"Pennine Foodservice - Remittance Advice 13.11.2026.pdf\" with you",
        via="ms_notify", via_opts=dict(kind="sharepoint", region="EUR", activity="Sharing"),
        return_path="no-reply@sharepointonline.com",
        charset="utf-8", cte="quoted-printable", html="brand", plain_links="angle",
        brand=dict(name="SharePoint", color="#036c70",
                   button=("Open", sp_link),
                   footer="Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052"),
        text="""Harrowfield Joinery Accounts shared a file with you

Please find attached remittance for payment of invoices UK-26-0981 and UK-26-1002 from Pennine Foodservice. Kindly review and confirm receipt.

Kind regards
Accounts Payable

[[Pennine Foodservice - Remittance Advice 13.11.2026.pdf|%s]]

This link only works for the direct recipients of this message.""" % sp_link,
        what="Abuse of a genuine service: a real SharePoint Online sharing notification from a compromised third-party tenant (a joinery) offering a 'Pennine Foodservice remittance advice'.",
        why="Sent by Microsoft's own infrastructure, so reputation checks pass, but the sharer is an unrelated joinery whose account is compromised; it poses as the customer's accounts-payable team; the shared 'remittance' lives in that joinery's OneDrive and is the usual first step to a credential page. Compare the internal share in business 10.",
    ))
    # ----------------------------------------------------------------- 11
    hm_link = "https://www.tax-service-gov.uk-mtd.com/business-account/vat/returns?vrn=%s&period=26A8" % VRN
    M.append(dict(
        slug="hmrc-mtd-vat-discrepancy",
        date="2026-10-14 08:47:31", zone="UK",
        frm=("HM Revenue & Customs", "noreply@mtd-hmrc-notifications.co.uk"),
        to=[S("uk_acc")],
        subject="VAT return period 08/26 - discrepancy requires your action (VRN %s)" % VRN,
        via="ses", via_opts=dict(region="eu-west-1"),
        charset="utf-8", cte="quoted-printable", html="brand", plain_links="angle",
        brand=dict(name="GOV.UK", color="#0b0c0c", logo_text="GOV.UK  |  HM Revenue & Customs",
                   button=("Sign in to your business tax account", hm_link),
                   footer="HM Revenue & Customs, BX9 1AS\nThis is an automated message. Please do not reply."),
        text="""Dear EXAMPLE GROUP UK LTD,

VAT Registration Number: %s
Return period: 08/26 (1 June 2026 to 31 August 2026)

Our checks have found a difference between the VAT return submitted for this period through your Making Tax Digital software and the information we hold. The net VAT figure declared (Box 5) differs by £4,318.62.

You must review the return and either confirm the figures or submit a correction by **11 November 2026**. If you do not respond, the difference may be assessed and a late submission penalty point may be added to your account.

[[Sign in to your business tax account|%s]]

You will need your Government Gateway user ID and password.

Yours faithfully
VAT Compliance Team
HM Revenue & Customs""" % (VRN, hm_link),
        what="HMRC-themed credential phishing: 'Making Tax Digital VAT discrepancy' with a sign-in link for Government Gateway credentials.",
        why="HMRC does not e-mail links to sign in; the sender domain is not gov.uk and the mail comes through Amazon SES; link goes to www.tax-service-gov.uk-mtd.com (a look-alike whose registered domain is uk-mtd.com); penalty threat and deadline.",
    ))
    # ----------------------------------------------------------------- 12
    M.append(dict(
        slug="callback-geek-squad-renewal",
        date="2026-11-19 16:02:12", zone="UK",
        frm=("Geek Squad Billing", "billing.renewal.gsq4471@gmail.com"),
        to=[S("uk_acc")],
        subject="Your Total Protection plan has been renewed - Invoice GS-88417302",
        via="gmail", via_opts=dict(),
        charset="utf-8", cte="quoted-printable",
        text="""Dear Customer,

Thank you for being a valued member. Your Geek Squad Total Protection subscription has been renewed automatically for another 12 months and the payment has been processed today.

Invoice No: GS-88417302
Product: Total Protection - 5 Devices (Business)
Amount charged: £389.99
Payment method: Card on file

The invoice is attached for your records. If you did not authorise this renewal or wish to cancel and receive a full refund, you must contact our billing department within 24 hours of this e-mail:

Cancellation desk: +44 20 3769 4418 (Mon-Sat, 8am-8pm)

After 24 hours the payment is non-refundable.

Regards,
Billing Department""",
        attach=[pdf_att("Invoice_GS-88417302.pdf", [
            "# INVOICE", "Geek Squad Total Protection", "",
            "## Invoice No: GS-88417302        Date: 19/11/2026",
            "Bill to: Customer ID 7713-4402",
            "---",
            "Total Protection - 5 Devices (Business), 12 months           GBP 389.99",
            "VAT included", "---",
            "## TOTAL CHARGED: GBP 389.99",
            "",
            "To cancel or request a refund call +44 20 3769 4418 within 24 hours.",
            "Refunds are only processed over the phone."],
            title="Invoice GS-88417302", producer="Skia/PDF m131 Google Docs Renderer")],
        what="Callback phishing (TOAD): fake subscription-renewal invoice for £389.99 with a 'cancellation desk' phone number and no links.",
        why="The company has no such subscription; freemail sender under a brand name; no link or payload, only a phone number where 'agents' talk victims into installing remote-access tools or paying 'refunds'; 24-hour pressure; the PDF only repeats the number.",
    ))
    # ----------------------------------------------------------------- 13
    M.append(dict(
        slug="extortion-fake-reviews-bitcoin",
        date="2026-11-23 02:14:50", zone="UK",
        frm=("Food Safety Watch", "foodsafetywatch.uk@proton.me"),
        to=[S("uk_mgr")],
        subject="Your Manchester cafes - read before Friday",
        via="proton",
        charset="utf-8", cte="7bit",
        text="""James,

This concerns Example Group's three cafes in Manchester and your Trafford Park site.

Over the past weeks we have prepared 240 verified Google and Tripadvisor accounts with purchase history in your cafes. On Friday they will start posting one-star reviews describing food poisoning, mouse droppings and staff handling food without gloves. Each review will be followed by a complaint to Manchester City Council environmental health and to the Food Standards Agency. We also hold copies of your supplier invoices and staff rota from your file server and will send them to the Manchester Evening News together with the "customer reports".

You can stop this. Transfer 0.35 BTC to the address below by Friday 27 November, 18:00 UK time:

%s

When the payment is confirmed the accounts are deleted and nothing happens. Do not involve the police or your IT department - we will know, and the deadline will be brought forward. Do not reply to this address; it is not monitored.""" % BTC,
        what="Extortion: threat of a coordinated fake-review and food-safety complaint campaign (plus alleged data theft) unless 0.35 BTC is paid.",
        why="Anonymous Proton Mail sender, demand in Bitcoin (valid bech32 address) with deadline, threats against reputation, 'do not contact police or IT'; no business relationship.",
    ))
    # ----------------------------------------------------------------- 14
    M.append(dict(
        slug="gift-card-request-md",
        date="2026-12-10 09:41:27", zone="UK",
        frm=("James Whitfield", "jameswhitfield.exgroup@gmail.com"),
        to=[S("uk_acc")],
        subject="Quick favour",
        via="gmail", via_opts=dict(),
        charset="utf-8", cte="quoted-printable", html="auto",
        text="""Hi Priya,

Are you at your desk? I need a quick favour. I want to surprise the cafe team leads with a Christmas thank-you before the all-hands this afternoon.

Can you get 8 x £100 Amazon.co.uk gift cards - either at the Tesco on your way or online? I'll reimburse you through expenses tonight. Please don't mention it to anyone, it's meant to be a surprise.

Once you have them, scratch the back and send me clear photos of the codes so I can write them into the cards.

I'm in back-to-back meetings so email only please.

James

Sent from my iPhone""",
        what="Gift-card scam: the UK managing director's name on a Gmail address asks the UK accountant to buy eight £100 Amazon gift cards and send photos of the codes.",
        why="Display-name impersonation on freemail, urgency and secrecy, 'email only', request for scratched gift-card codes, reimbursement promise; the genuine Christmas vouchers are ordered by HR on a purchase order (business 14).",
    ))
    # ----------------------------------------------------------------- 15
    vm_link = "https://vm-teams-audio.com/play/?m=VM8841-0047&u=james.whitfield%40example.com"
    M.append(dict(
        slug="svg-voicemail-attachment",
        date="2026-11-25 10:17:03", zone="UK",
        frm=("Voice Mail Service", "voicemail@boltonmotorrepairs.co.uk"),
        to=[S("uk_mgr")],
        subject="🔊 New voicemail from +44 161 496 0382 (00:47) - Wed 25 Nov",
        via="cpanel", via_opts=dict(server="s148.cloudhosting-uk.net", ip="185.211.23.148", client="roundcube",
                                     public_ip="45.146.164.72"),
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Microsoft Teams", color="#464eb8",
                   footer="You are receiving this because voicemail is enabled for james.whitfield@example.com."),
        text="""You have received a new voice message.

From: +44 161 496 0382
Received: Wed 25 Nov 2026 10:15
Duration: 00:47
Transcript: not available

Please open the attached audio message to listen.

Microsoft Teams Voicemail""",
        attach=[svg_att("VM_+441614960382_00-47.svg", svg_link_page(
            ["Voicemail from +44 161 496 0382", "Duration 00:47 · 25 Nov 2026 10:15",
             "Sign in with your work account to play this message."], vm_link, "#464eb8",
            "▶ Play message"))],
        what="SVG-attachment phishing: fake Teams voicemail notification with an .svg 'audio message' that renders a 'Play message' button linking to a credential page.",
        why="Voicemail notifications do not arrive as SVG files; sender is a Bolton motor-repair shop's cPanel mailbox (compromised) using a Microsoft Teams look; the SVG links to vm-teams-audio.com with the victim's address; emoji/urgency subject.",
    ))
    # ----------------------------------------------------------------- 16
    M.append(dict(
        slug="teams-helpdesk-quick-assist",
        date="2026-11-26 13:51:40", zone="UK",
        frm=("IT Service Desk | Example Group", "servicedesk@examplegroupsupport.onmicrosoft.com"),
        to=[S("uk_acc")],
        subject="Spam flood on your mailbox - we will contact you on Teams",
        via="m365", via_opts=dict(region="EUR", lang="en-US", tenant="examplegroupsupport.onmicrosoft.com"),
        charset="utf-8", cte="quoted-printable", html="auto", plain_links="outlook",
        text="""Hi Priya,

Our monitoring shows that your mailbox is being hit by a spam subscription attack (more than 3,000 newsletter sign-ups in the last hour). We are applying filters at tenant level, but to clean up your Outlook profile we need to connect to your laptop for a few minutes.

One of our engineers from the Service Desk will call you in Microsoft Teams within the next 15 minutes (the caller will show as "Help Desk | Example Group"). Please accept the call and, when asked, start Quick Assist (press Ctrl + Windows + Q) and read out the 6-digit security code.

Please do not restart your laptop in the meantime and do not open any of the spam messages.

Thank you for your cooperation,
IT Service Desk
Example Group""",
        what="Vishing set-up (email bombing + Teams call): an external onmicrosoft.com tenant posing as the internal IT service desk announces a Teams call and asks the user to start Quick Assist and read out the code.",
        why="Internal IT does not write from examplegroupsupport.onmicrosoft.com; the message primes the victim to accept an external Teams call and grant remote control via Quick Assist (the Storm-1811/Black Basta pattern that follows a subscription flood). The genuine IT ticket (business 16) uses the managed tool and explicitly warns against Quick Assist.",
    ))
    return M
