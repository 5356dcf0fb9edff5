"""Russian messages: attacks 37-40, business 37-40."""
import infra
from infra import R
from common import (attack, business, T, H, ALT, MIXED, RELATED, ATT, addr,
                    subj, utc, Ctx, build, S, BANK, TAX, RU, esc, ohtml,
                    paras_html, office_ip, rfcdate)
import ids
import zipc
from docs import invoice_pdf, letter_pdf

SV = RU["sever"]
SVF = RU["sever_fake"]
EGR = RU["eg_ru"]
SV_HEAD = ["ООО «Северный Холод»",
           "Сервис холодильного оборудования · 192102, Санкт-Петербург, ул. Салова, д. 61, лит. А · тел. (812) 603-47-18 · ИНН %s / КПП %s" % (SV["inn"], SV["kpp"])]
SV_BANK = "Банк: %s · БИК %s · к/с %s · р/с %s" % (SV["bank"], SV["bik"], SV["ks"], SV["rs"])
EG_RU = ["Покупатель: %s" % EGR["name"], "ИНН %s / КПП %s" % (EGR["inn"], EGR["kpp"]),
         "196626, Санкт-Петербург, пос. Шушары, Московское ш., 70"]


def sever_invoice_pdf(bank):
    return invoice_pdf(
        SV_HEAD, EG_RU, "Счёт на оплату № 1187 от 20 ноября 2026 г.",
        [("Договор", "№ 14/СХ-2025"), ("Основание", "акт № 1187 от 20.11.2026"), ("Срок оплаты", "04.12.2026")],
        [("№", 56, "l"), ("Наименование работ, услуг", 76, "l"), ("Кол-во", 380, "r"), ("Цена, руб.", 455, "r"), ("Сумма, руб.", 539, "r")],
        [("1", "ТО холодильных машин Bitzer, камеры 1–4 (ноябрь)", "4", "48 500,00", "194 000,00"),
         ("2", "Замена ТРВ Danfoss TE5, камера 3", "2", "36 000,00", "72 000,00"),
         ("3", "Дозаправка хладагента R404A, кг", "18", "7 300,00", "131 400,00"),
         ("4", "Аварийный выезд 14.11.2026 (ночь)", "1", "8 000,00", "8 000,00")],
        [("Итого", "405 400,00"), ("НДС 20%", "81 080,00"), ("Всего к оплате", "486 480,00")],
        ["Всего к оплате: четыреста восемьдесят шесть тысяч четыреста восемьдесят рублей 00 копеек.",
         "Оплата по реквизитам: " + bank,
         "В назначении платежа указывайте номер счёта."],
        ["Генеральный директор ______ /Лебедев С. А./      Главный бухгалтер ______ /Лебедева А. В./",
         "%s · ОГРН %s" % (SV["name"], SV["ogrn"])],
        dict(title="Счёт № 1187", author="Бухгалтерия", creator="1С:Бухгалтерия 8.3",
             producer="1С:Предприятие 8.3", date=(2026, 11, 20, 14, 22, 3), tz="+03'00'"))


# ======================================================================
# ATTACKS
# ======================================================================

@attack("ru", "fns-trebovanie-arhiv-s-parolem",
        "Malspam impersonating the Federal Tax Service (ФНС): 'demand to present documents under art. 93.1 Tax Code' in a password-protected ZIP (password in the body) containing a .pdf.exe",
        "Sent from the hijacked mailbox of an unrelated St Petersburg construction firm with display name 'Межрайонная ИФНС России № 17'; the FNS sends demands through the official electronic reporting (TKS) channel, never as encrypted archives by e-mail; ZipCrypto + double extension .pdf.exe (placeholder).")
def a37():
    t = utc(2026, 10, 21, 10, 47, 18, "RU")
    ctx = Ctx("a37", t, S["kuznetsova"]["addr"])
    snd = "buh@stroykomplekt-spb.ru"
    r = infra.hoster_postfix(ctx, snd, "mail.stroykomplekt-spb.ru", "mail.stroykomplekt-spb.ru", "91.240.84.112",
                             "[192.168.0.14]", None, "193.233.48.19", zone="RU", mua="olk16", lang="ru")
    text = """Межрайонная инспекция Федеральной налоговой службы № 17 по Санкт-Петербургу

ТРЕБОВАНИЕ
о представлении документов (информации) № 12-18/4471 от 21.10.2026

В соответствии со статьей 93.1 Налогового кодекса Российской Федерации ООО «Экзампл Груп Рус» (ИНН %s) необходимо в течение 5 (пяти) рабочих дней со дня получения настоящего требования представить документы (информацию) по взаимоотношениям с контрагентами за 3 квартал 2026 года.

Полный текст требования и перечень документов во вложении. Архив защищен паролем в соответствии с требованиями о защите налоговой тайны.

Пароль для открытия архива: 4471

Непредставление документов в установленный срок влечет ответственность, предусмотренную статьей 129.1 НК РФ.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
""" % EGR["inn"]
    zdata = zipc.make_zip([("Требование_№12-18-4471_от_21.10.2026.pdf.exe", b"placeholder - inert evaluation sample, not an executable\r\n",
                            (2026, 10, 21, 10, 40, 2))], password="4471", seed="a37")
    body = MIXED(r, T(text, "windows-1251", "base64"),
                 ATT(zdata, "application/x-zip-compressed", "Требование_12-18_4471.zip", fn_style="b", fn_charset="windows-1251"))
    return build(ctx, r, {
        "From": addr("Межрайонная ИФНС России № 17 по Санкт-Петербургу", snd, "windows-1251", "B"),
        "To": S["kuznetsova"]["addr"],
        "Subject": subj("Требование о представлении документов (информации) № 12-18/4471 от 21.10.2026", "windows-1251", "B"),
    }, body)


@attack("ru", "vetis-merkuriy-blokirovka",
        "Credential phishing on the veterinary certification system ФГИС ВетИС «Меркурий» (mandatory for storing animal-origin food): 'business-entity account will be blocked, confirm via VetIS.Passport by 13.11'",
        "Trade-specific lure (a cold store cannot ship meat/dairy without cancelling VSDs in Mercury); sent by a Python script from a VPS with domain vetis-merkuriy.ru (real: vetrf.ru); link to vetis-mercury-pasport.ru login clone; blocking threat with a 1-day deadline.")
def a38():
    t = utc(2026, 11, 12, 9, 5, 26, "RU")
    ctx = Ctx("a38", t, S["sokolov"]["addr"])
    snd = "noreply@vetis-merkuriy.ru"
    r = infra.vps_direct(ctx, snd, "vetis-merkuriy.ru", "5-42-101-87.cloudvps.regruhosting.ru", "5.42.101.87",
                         mua="python", zone="RU", local_hop=False)
    url = "https://vetis-mercury-pasport.ru/auth/login?inn=%s&r=%s" % (EGR["inn"], ctx.hex(10))
    text = """Федеральная служба по ветеринарному и фитосанитарному надзору
ФГИС "ВетИС" - компонент "Меркурий"

Уважаемый пользователь!

В связи с переходом на единую систему идентификации "ВетИС.Паспорт" учетная запись хозяйствующего субъекта ООО "Экзампл Груп Рус" (ИНН %s) не прошла повторное подтверждение.

С 13.11.2026 учетная запись будет заблокирована. Оформление и гашение ветеринарных сопроводительных документов (ВСД) по поднадзорным грузам станет невозможным.

Для подтверждения учетной записи перейдите по ссылке и войдите под своим логином и паролем ВетИС:
%s

С уважением,
Служба технической поддержки ФГИС "ВетИС"
""" % (EGR["inn"], url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body style="font-family:Arial,sans-serif;color:#222"><table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ccd">
<tr><td style="background:#1e5799;color:#fff;padding:14px 20px;font-size:17px">ФГИС "ВетИС" - компонент "Меркурий"<br><span style="font-size:12px">Федеральная служба по ветеринарному и фитосанитарному надзору</span></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px">
<p>Уважаемый пользователь!</p>
<p>В связи с переходом на единую систему идентификации "ВетИС.Паспорт" учетная запись хозяйствующего субъекта <b>ООО "Экзампл Груп Рус"</b> (ИНН %s) не прошла повторное подтверждение.</p>
<p style="color:#b00">С 13.11.2026 учетная запись будет заблокирована. Оформление и гашение ветеринарных сопроводительных документов (ВСД) станет невозможным.</p>
<p><a href="%s" style="background:#1e5799;color:#fff;padding:10px 22px;text-decoration:none">Подтвердить учетную запись</a></p>
<p>С уважением,<br>Служба технической поддержки ФГИС "ВетИС"</p></td></tr></table></body></html>
""" % (EGR["inn"], esc(url))
    body = ALT(r, T(text, "koi8-r", "quoted-printable"), H(html, "koi8-r", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("ФГИС ВетИС Меркурий", snd, "koi8-r", "B"), "To": S["sokolov"]["addr"],
        "Subject": subj("ВетИС Меркурий: блокировка учетной записи ХС - требуется подтверждение до 13.11.2026", "koi8-r", "B"),
    }, body)


@attack("ru", "severnyj-holod-smena-rekvizitov",
        "Supplier bank-detail change: 'Anna Lebedeva, Severny Kholod' from sever-holod.ru says the company moved to another bank, asks to pay invoice 1187 (486,480 RUB) to the new account; 'director-signed' PDF letter",
        "Look-alike domain sever-holod.ru (real: severholod.ru) on a Beget VPS with Roundcube; change of bank combined with an open invoice and 'old account is being closed'; the new account is formally valid (BIK key checks out) but belongs to another bank. Hard negative: business/37.")
def a39():
    t = utc(2026, 12, 1, 11, 20, 44, "RU")
    ctx = Ctx("a39", t, S["kuznetsova"]["addr"])
    snd = "buh@sever-holod.ru"
    r = infra.vps_direct(ctx, snd, "mail.sever-holod.ru", "ynevs.beget.tech", "45.130.41.118", mua="roundcube", zone="RU",
                         sub_from="[127.0.0.1] (localhost [127.0.0.1])")
    newbank = "Банк: %s · БИК %s · к/с %s · р/с %s" % (SVF["bank"], SVF["bik"], SVF["ks"], SVF["rs"])
    text = """Добрый день, Ольга!

Информируем Вас о смене обслуживающего банка. С 01.12.2026 просим производить оплату по счетам ООО «Северный Холод» по новым реквизитам:

Банк получателя: %s
БИК %s
к/с %s
р/с %s

Счёт № 1187 от 20.11.2026 на сумму 486 480,00 руб. просим оплатить по новым реквизитам. Расчётный счёт в Сбербанке закрывается, поступившие на него платежи будут возвращены.

Официальное письмо за подписью генерального директора во вложении. Просим подтвердить получение и внесение изменений в карточку контрагента.

С уважением,
Анна Лебедева
главный бухгалтер
ООО «Северный Холод»
""" % (SVF["bank"], SVF["bik"], SVF["ks"], SVF["rs"])
    pdfb = letter_pdf(
        SV_HEAD, ["Генеральному директору", "ООО «Экзампл Груп Рус»"], "Исх. № 412 от 30.11.2026",
        "Об изменении банковских реквизитов",
        ["ООО «Северный Холод» уведомляет о смене обслуживающего банка. С 01.12.2026 просим перечислять денежные средства по следующим реквизитам:",
         newbank,
         "Просим считать прежние реквизиты недействительными и внести изменения в договор № 14/СХ-2025 без оформления дополнительного соглашения."],
        ["Генеральный директор", "С. А. Лебедев", "М. П."],
        ["%s · ОГРН %s" % (SV["name"], SV["ogrn"])],
        dict(title="Письмо о смене реквизитов", author="user", creator="Microsoft Word", producer="Microsoft: Print To PDF",
             date=(2026, 11, 30, 18, 2, 41), tz="+03'00'"))
    body = MIXED(r, T(text, "UTF-8", "base64", style="bare"),
                 ATT(pdfb, "application/pdf", "Письмо_о_смене_реквизитов.pdf", fn_style="rfc2231"))
    return build(ctx, r, {
        "From": addr("Анна Лебедева", snd, "UTF-8", "B"), "To": S["kuznetsova"]["addr"],
        "Subject": subj("Изменение банковских реквизитов ООО «Северный Холод»", "UTF-8", "B"),
    }, body)


@attack("ru", "diadok-dokument-na-podpis",
        "Credential phishing impersonating Kontur.Diadoc (Russian e-invoicing/EDI): 'incoming UPD no. 1274 from Severny Kholod requires your signature' – link to a fake Kontur login",
        "Sent by PHPMailer from shared hosting (timeweb, Exim) with the look-alike sender noreply@diadok-uved.ru (real: diadoc.ru / kontur.ru); link to diadoc-kontur.ru-docs.online; signing-deadline pressure; harvests Kontur credentials (access to all e-documents and signature workflows). Hard negative: business/38.")
def a40():
    t = utc(2026, 12, 7, 8, 40, 11, "RU")
    ctx = Ctx("a40", t, S["kuznetsova"]["addr"])
    snd = "noreply@diadok-uved.ru"
    r = infra.phpmailer_cpanel(ctx, snd, "vh312.timeweb.ru", "92.53.96.212", "176.124.219.66", "diadok-uved.ru", zone="RU")
    url = "https://diadoc-kontur.ru-docs.online/login?doc=UPD-1274&box=%s" % ctx.hex(16)
    text = """Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО «Северный Холод», ИНН %s
Документ: УПД № 1274 от 04.12.2026
Сумма: 212 400,00 руб., в т.ч. НДС
Получатель: ООО «Экзампл Груп Рус»

Срок подписания истекает 08.12.2026. Неподписанные документы будут автоматически отклонены.

Перейти к документу: %s

Это автоматическое уведомление, отвечать на него не нужно.
""" % (SV["inn"], url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;color:#222;background:#f4f4f4;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:3px solid #1f87ef;font-size:20px"><b>Контур.Диадок</b></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:21px">
<h2 style="font-size:18px">Вам поступил документ, требующий подписи</h2>
<table cellpadding="3" style="font-size:14px"><tr><td>Отправитель:</td><td><b>ООО «Северный Холод»</b>, ИНН %s</td></tr>
<tr><td>Документ:</td><td>УПД № 1274 от 04.12.2026</td></tr><tr><td>Сумма:</td><td>212 400,00 руб., в т.ч. НДС</td></tr>
<tr><td>Получатель:</td><td>ООО «Экзампл Груп Рус»</td></tr></table>
<p style="color:#c00">Срок подписания истекает 08.12.2026. Неподписанные документы будут автоматически отклонены.</p>
<p><a href="%s" style="background:#1f87ef;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px">Перейти к документу</a></p>
<p style="font-size:12px;color:#888">Это автоматическое уведомление, отвечать на него не нужно.</p></td></tr></table></body></html>
""" % (SV["inn"], esc(url))
    body = ALT(r, T(text, "windows-1251", "quoted-printable"), H(html, "windows-1251", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Контур.Диадок", snd, "windows-1251", "B"), "To": S["kuznetsova"]["addr"],
        "Subject": subj("Вам поступил документ на подпись: УПД № 1274 от 04.12.2026 от ООО «Северный Холод»", "windows-1251", "B"),
    }, body)


# ======================================================================
# BUSINESS
# ======================================================================

@business("ru", "severnyj-holod-schet-akt-sverki",
          "Genuine invoice no. 1187 and Q3 reconciliation statement from the refrigeration-service supplier Severny Kholod via Yandex 360, bank details unchanged (Sberbank, BIK/account keys valid)",
          "Real domain severholod.ru on Yandex infrastructure, 1C-generated PDFs, bank details identical to the contract, no request to change anything.",
          hn=["severnyj-holod-smena-rekvizitov"])
def b37():
    t = utc(2026, 11, 20, 14, 30, 9, "RU")
    ctx = Ctx("b37", t, S["kuznetsova"]["addr"])
    snd = "buh@severholod.ru"
    r = infra.yandex(ctx, snd, mua="yamail")
    html = """<div>Добрый день, Ольга!</div><div>&nbsp;</div><div>Направляем счёт на оплату № 1187 от 20.11.2026 за техническое обслуживание и ремонт холодильного оборудования в ноябре (акт № 1187 подпишем через Диадок), а также акт сверки взаиморасчётов за 3 квартал 2026 г.</div><div>&nbsp;</div><div>Сумма к оплате: 486 480,00 руб., в т.ч. НДС 20%% &mdash; 81 080,00 руб. Срок оплаты &mdash; до 04.12.2026.</div><div>Реквизиты прежние: %s, БИК %s, р/с %s.</div><div>&nbsp;</div><div>Акт сверки просим подписать и вернуть скан-копию.</div><div>&nbsp;</div><div>-- </div><div>С уважением,<br />Анна Лебедева<br />главный бухгалтер<br />ООО &laquo;Северный Холод&raquo;<br />тел. (812) 603-47-18, доб. 2</div>""" % (SV["bank"], SV["bik"], SV["rs"])
    act = letter_pdf(
        SV_HEAD, EG_RU, "20.11.2026", "Акт сверки взаимных расчётов за период 01.07.2026 – 30.09.2026",
        ["между ООО «Северный Холод» и ООО «Экзампл Груп Рус» по договору № 14/СХ-2025.",
         "Сальдо начальное: 0,00 руб. Оказано услуг за период: 1 284 600,00 руб. Оплачено: 1 284 600,00 руб.",
         "Сальдо конечное на 30.09.2026: 0,00 руб. Задолженность отсутствует."],
        ["От ООО «Северный Холод»: главный бухгалтер ______ /Лебедева А. В./", "От ООО «Экзампл Груп Рус»: ______ /__________/"],
        [SV_BANK],
        dict(title="Акт сверки 3 кв. 2026", author="Бухгалтерия", creator="1С:Бухгалтерия 8.3", producer="1С:Предприятие 8.3",
             date=(2026, 11, 20, 14, 25, 51), tz="+03'00'"))
    body = MIXED(r, H(html, "utf-8", "base64"),
                 ATT(sever_invoice_pdf(SV_BANK), "application/pdf", "Счет_1187_от_20.11.2026.pdf", fn_style="b"),
                 ATT(act, "application/pdf", "Акт_сверки_3кв_2026.pdf", fn_style="b"))
    return build(ctx, r, {
        "From": addr("Анна Лебедева", snd, "utf-8", "B"), "To": S["kuznetsova"]["addr"],
        "Subject": subj("Счёт № 1187 от 20.11.2026 и акт сверки за 3 квартал", "utf-8", "B"),
    }, body)


@business("ru", "diadok-novyj-dokument",
          "Genuine Kontur.Diadoc notification: new UPD no. 1187 from Severny Kholod awaits signature in Diadoc",
          "Sent by SKB Kontur's own mail servers from diadoc.ru; link to diadoc.kontur.ru; matches the invoice in business/37.",
          hn=["diadok-dokument-na-podpis"])
def b38():
    t = utc(2026, 11, 23, 10, 12, 36, "RU")
    ctx = Ctx("b38", t, S["kuznetsova"]["addr"])
    snd = "noreply@diadoc.ru"
    n = ctx.rng.randint(1, 6)
    r = infra.simple(ctx, "bounce+%s@diadoc.ru" % ctx.hex(12), ("mx-out%d.skbkontur.ru" % n, "mx-out%d.skbkontur.ru" % n, "46.17.203.%d" % (10 + n), "1.3"),
                     [("Received", R("from diadoc-notify-%02d.kontur.host (diadoc-notify-%02d.kontur.host [10.217.%d.%d])" % (n, n, ctx.rng.randint(1, 250), ctx.rng.randint(1, 250)),
                                     "by mx-out%d.skbkontur.ru (Postfix) with ESMTP id %s" % (n, ctx.hex(10, True)),
                                     "for <%s>; %s" % (ctx.rcpt, rfcdate(ctx.at(1), "RU", comment=True))))],
                     {"Date": rfcdate(ctx.t, "RU"), "MIME-Version": "1.0",
                      "Message-ID": "<%s@diadoc.ru>" % ctx.uuid(),
                      "List-Unsubscribe": "<https://diadoc.kontur.ru/notifications/settings>"},
                     ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "List-Unsubscribe", "__BODY__"],
                     lambda *a: "--boundary_%d_%s" % (ctx.rng.randint(0, 9), ctx.uuid()))
    url = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s" % (ctx.uuid(), ctx.uuid(), ctx.uuid())
    text = """Новый документ от ООО «Северный Холод»

Вам пришёл документ, требующий подписи:
УПД № 1187 от 20.11.2026 на сумму 486 480,00 ₽
Отправитель: ООО «Северный Холод», ИНН %s
Получатель: ООО «Экзампл Груп Рус», ИНН %s

Открыть документ в Диадоке: %s

Настроить уведомления: https://diadoc.kontur.ru/notifications/settings
Контур.Диадок — система электронного документооборота
""" % (SV["inn"], EGR["inn"], url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:14px 0;font-size:20px"><b>Контур.Диадок</b></td></tr>
<tr><td style="font-size:15px;line-height:22px"><h2 style="font-size:18px">Новый документ от ООО «Северный Холод»</h2>
<p>Вам пришёл документ, требующий подписи:<br><b>УПД № 1187 от 20.11.2026</b> на сумму 486&nbsp;480,00&nbsp;₽</p>
<p>Отправитель: ООО «Северный Холод», ИНН %s<br>Получатель: ООО «Экзампл Груп Рус», ИНН %s</p>
<p><a href="%s" style="background:#3072c4;color:#fff;padding:9px 20px;text-decoration:none;border-radius:3px">Открыть документ</a></p>
<p style="font-size:12px;color:#888"><a href="https://diadoc.kontur.ru/notifications/settings" style="color:#888">Настроить уведомления</a><br>Контур.Диадок — система электронного документооборота</p></td></tr></table></body></html>
""" % (SV["inn"], EGR["inn"], esc(url))
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Контур.Диадок", snd, "utf-8", "B"), "To": S["kuznetsova"]["addr"],
        "Subject": subj("Новый документ от ООО «Северный Холод»: УПД № 1187 от 20.11.2026", "utf-8", "B"),
    }, body)


@business("ru", "yandex-id-vhod-novoe-ustrojstvo",
          "Genuine Yandex ID notice: sign-in to the manager's Yandex 360 account from a new device (Windows, Yandex Browser, St Petersburg)",
          "Sent from Yandex's forwarders as noreply@id.yandex.ru; links only to id.yandex.ru; informational, triggered by the user's own new laptop.")
def b39():
    t = utc(2026, 10, 17, 12, 44, 3, "RU")
    ctx = Ctx("b39", t, S["sokolov"]["addr"])
    snd = "noreply@id.yandex.ru"
    r = infra.yandex(ctx, snd, mua="yamail")
    nw = r["trace"][0][1].split(" ")[1]
    ms = "mail-sender-%d.sas.yp-c.yandex.net" % ctx.rng.randint(10, 99)
    r["trace"][1] = ("Received", R("from %s (%s [2a02:6b8:c0c:%s::1:%d])" % (ms, ms, ctx.hex(4), ctx.rng.randint(10, 99)),
                                   "by %s (Yandex) with ESMTP id %s; %s" % (nw, ctx.alnum(10), rfcdate(ctx.at(1), "RU"))))
    r["auto"]["Message-Id"] = "<%s@mail-sender.yandex.net>" % ctx.uuid()
    r["auto"]["X-Mailer"] = None
    r["auto"]["X-Yandex-Service"] = ctx.alnum(40, infra.B62 + "=")
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@example.com выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия
Время: 17 октября 2026, 12:43 (МСК)

Если это были вы, ничего делать не нужно.
Если это были не вы, смените пароль и завершите все сеансы: https://id.yandex.ru/security

Команда Яндекс ID
"""
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;font-family:'YS Text',Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:16px"><tr><td style="padding:32px 40px">
<div style="font-size:22px;font-weight:bold;color:#000">Яндекс ID</div>
<p style="font-size:16px">Здравствуйте, Дмитрий!</p>
<p style="font-size:16px">В ваш аккаунт <b>dmitry.sokolov@example.com</b> выполнен вход с нового устройства.</p>
<table style="font-size:15px;color:#555"><tr><td>Устройство:</td><td>Windows 11, Яндекс Браузер</td></tr><tr><td>Местоположение:</td><td>Санкт-Петербург, Россия</td></tr><tr><td>Время:</td><td>17 октября 2026, 12:43 (МСК)</td></tr></table>
<p style="font-size:15px">Если это были вы, ничего делать не нужно.<br>Если это были не вы, <a href="https://id.yandex.ru/security" style="color:#1a0dab">смените пароль и завершите все сеансы</a>.</p>
<p style="font-size:13px;color:#999">Команда Яндекс ID</p></td></tr></table></body></html>
"""
    body = ALT(r, T(text, "utf-8", "base64"), H(html, "utf-8", "base64"))
    return build(ctx, r, {
        "From": addr("Яндекс ID", snd, "utf-8", "B"), "To": S["sokolov"]["addr"],
        "Subject": subj("Вход в аккаунт с нового устройства", "utf-8", "B"),
    }, body)


@business("ru", "klient-pretenziya-razmorozka",
          "Complaint from a small frozen-food wholesaler (sole trader on yandex.ru, The Bat!, koi8-r): dumplings delivered thawed, asks for the temperature printout and a credit note",
          "Known customer, plain text from his usual mail client, concrete operational facts, no links/attachments/payment change; tone is angry but legitimate.")
def b40():
    t = utc(2026, 10, 28, 16, 5, 58, "RU")
    ctx = Ctx("b40", t, S["sokolov"]["addr"])
    snd = "morozov.av@yandex.ru"
    r = infra.yandex(ctx, snd, mua="bat", client_ip="178.66.%d.%d")
    text = """Здравствуйте, Дмитрий!

26.10 получили от вас машину по заявке N 318 (пельмени и вареники, 14 паллет). При приемке у 3 паллет продукция была мягкая, коробки мокрые, термометр в кузове показывал -9, а по договору должно быть не выше -18.

Водитель сказал, что в Тосно у него отключался рефрижератор. Акт о расхождении составили в присутствии водителя, подписал он без замечаний, скан пришлю завтра.

Прошу:
1. прислать распечатку термописца по этому рейсу;
2. оформить возврат 3 паллет и корректировочный УПД;
3. на следующую поставку 02.11 поставить другую машину.

Если до пятницы не решим, буду вынужден выставить претензию официально.

--
С уважением,
Морозов Алексей Викторович
ИП Морозов А. В.
тел. +7 921 447-18-20
"""
    body = T(text, "koi8-r", "8bit", style="bare")
    return build(ctx, r, {
        "From": addr("Морозов Алексей", snd, "koi8-r", "B"),
        "To": addr("Дмитрий Соколов", S["sokolov"]["addr"], "koi8-r", "B"),
        "Subject": subj("Претензия по поставке 26.10 - разморозка", "koi8-r", "B"),
    }, body)
