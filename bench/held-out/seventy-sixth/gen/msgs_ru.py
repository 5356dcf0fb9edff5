# -*- coding: utf-8 -*-
"""Russian messages (office Moscow)."""
from datetime import timedelta

import mime
import senders as X
from clients import OutlookSMTP
from infra import Msg, hexs, rdate, ruuid
from people import RU, S
from services import Service
from templates import alt, att, brand_alt, pdf_bytes, text, zip_bytes

KT = RU["keramtorg"]
FK = RU["fake_keramtorg"]
EG = RU["example_ru"]


def _reqs(d, bank=None):
    return ("Получатель: ООО «КерамТорг»\nИНН %s / КПП %s\nР/с %s\nБанк: %s, г. Москва\nБИК %s\nК/с %s"
            % (KT["inn"], KT["kpp"], d["rs"], bank or d["bank"], d["bik"], d["ks"]))


# ======================================================================= attacks

def a_fns_zip():
    pw = "2026"
    z = zip_bytes([("Требование_12-07_4471.pdf.scr",
                    b"Inert placeholder for evaluation: stands for a Windows screensaver executable.\r\n",
                    (2026, 11, 17, 9, 20, 0))], password=pw, seed="fns4471")
    body = """Уважаемый налогоплательщик!

Инспекция Федеральной налоговой службы № 15 по г. Москве в соответствии со статьёй 88 Налогового кодекса Российской Федерации направляет требование о представлении пояснений к налоговой декларации по НДС за 3 квартал 2026 года.

Налогоплательщик: %s, ИНН %s / КПП %s
Выявленные расхождения: 7 записей книги покупок на сумму 2 418 360,00 руб.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ и может повлечь приостановление операций по счетам.

Требование и перечень расхождений находятся во вложении. В целях защиты налоговой тайны архив защищён паролем: 2026

Начальник отдела камеральных проверок № 2
Е. В. Тихонова
ИФНС России № 15 по г. Москве""" % (EG["name"], EG["inn"], EG["kpp"])
    relay = {"helo": "mail.nalog-uvedomlenie.ru", "rdns": "vds1184233.timeweb.ru", "ip": "89.223.70.141",
             "by": "mail.nalog-uvedomlenie.ru", "kind": "postfix", "client_ip": "45.141.215.90",
             "client_helo": "USER-PC", "client_rdns": "unknown", "tz": "MSK"}
    m = Msg("fns-trebovanie-zip-scr", ("ИФНС России № 15 по г. Москве", "ifns7715@nalog-uvedomlenie.ru"), [S("smirnova")],
            "Требование о представлении пояснений № 12-07/4471 от 17.11.2026", "2026-11-17 09:24:10",
            mime.Multi("mixed", [text(body, "windows-1251", "8bit", quote_cs=False),
                                 mime.Bin(z, "application/x-zip-compressed", "Требование_12-07_4471.zip",
                                          fn_charset="windows-1251")]),
            X.TheBat("nalog-uvedomlenie.ru", relay),
            "Malware lure in the name of the tax inspectorate: a 'demand for explanations' with a password-protected "
            "ZIP (password 2026) holding 'Требование_12-07_4471.pdf.scr' (inert placeholder).",
            "The FNS sends demands through the electronic reporting operator (TKS), never by e-mail with archives; "
            "sender nalog-uvedomlenie.ru on a Timeweb VPS (real: nalog.gov.ru); encrypted archive with a .pdf.scr "
            "double extension; threat of account freezing.", tz="MSK")
    m.zip_password = pw
    return m


def a_keramtorg_rekvizity():
    body = """Добрый день, Ольга!

Сообщаем, что с 01.12.2026 ООО «КерамТорг» переводит расчётно-кассовое обслуживание в АО «Альфа-Банк». Просим внести изменения в карточку контрагента и все последующие платежи, включая счёт № 1184 от 12.11.2026 на сумму 486 240,00 руб., производить по новым реквизитам:

%s

Счёт в ПАО Сбербанк закрывается, поступившие на него средства будут возвращены отправителю. Письмо за подписью генерального директора во вложении. Просим подтвердить получение ответным письмом.

С уважением,
Ирина Волкова
главный бухгалтер
ООО «КерамТорг»
тел. +7 (495) 648-21-70""" % _reqs(FK)
    letter = pdf_bytes([("ООО «КерамТорг»", 14, True), "141400, Московская обл., г. Химки, ул. Заводская, д. 9",
                        "ИНН %s  КПП %s  ОГРН %s" % (KT["inn"], KT["kpp"], KT["ogrn"]), "",
                        "Исх. № 214 от 23.11.2026", "", "Генеральному директору ООО «Экзампл Груп Рус»", "",
                        ("Уведомление о смене банковских реквизитов", 12, True), "",
                        "Настоящим уведомляем, что с 01.12.2026 расчёты с ООО «КерамТорг» осуществляются по реквизитам:",
                        "Р/с %s в АО «Альфа-Банк»" % FK["rs"], "БИК %s, к/с %s" % (FK["bik"], FK["ks"]), "",
                        "Генеральный директор                                С. А. Гуров",
                        "Главный бухгалтер                                   И. Н. Волкова"],
                       "Письмо о смене реквизитов", producer="Microsoft: Print To PDF", date="D:20261123100500+03'00'")
    relay = {"helo": "server214.hosting.reg.ru", "rdns": "server214.hosting.reg.ru", "ip": "31.31.198.214",
             "by": "server214.hosting.reg.ru", "kind": "postfix", "client_ip": "185.244.31.12",
             "client_helo": "DESKTOP-J5S0R8M", "client_rdns": "unknown", "tz": "MSK"}
    return Msg("keramtorg-smena-rekvizitov", ("Бухгалтерия КерамТорг", "buh@keramtorg-msk.ru"), [S("smirnova")],
               "Смена банковских реквизитов ООО «КерамТорг»", "2026-11-23 10:12:48",
               mime.Multi("mixed", [alt(body, "koi8-r", lang="RU"),
                                    att(letter, "application/pdf", "Письмо_о_смене_реквизитов.pdf", style="outlook",
                                        when="Mon, 23 Nov 2026 07:10:30 GMT", fn_style="plain")]),
               OutlookSMTP("keramtorg-msk.ru", relay, lang="ru"),
               "Partner impersonation: 'KeramTorg accounting' announces new settlement details at Alfa-Bank and asks "
               "to pay invoice 1184 there.",
               "Look-alike domain keramtorg-msk.ru (real: keramtorg.ru, on Yandex 360) via shared hosting, sent from a "
               "foreign client IP; change of bank with an already issued invoice redirected; a genuine change would "
               "come as a signed document through the EDO operator.", tz="MSK")


def a_diadoc_phish():
    url = "https://diadoc.kontur-edo.ru.com/login?doc=UPD-1184&box=7715482034"
    blocks = ["Здравствуйте!",
              "Контрагент **ООО «КерамТорг»** отправил вам документ, требующий подписи:",
              "УПД № 1184 от 12.11.2026 на сумму 486 240,00 ₽\nСрок подписания истекает 20.11.2026.",
              "Чтобы просмотреть и подписать документ, войдите в Диадок."]
    footer = "Контур.Диадок — система электронного документооборота\nЭто письмо отправлено автоматически."
    body = brand_alt("Вам поступил документ на подпись", blocks, ("Перейти к документу", url), footer,
                     charset="UTF-8", cte="base64", brand="Контур.Диадок", color="#1f87ef", lang="ru")
    return Msg("diadoc-fake-dokument", ("Контур.Диадок", "diadoc.uvedomleniya@mail.ru"), [S("smirnova")],
               "Вам поступил документ на подпись: УПД № 1184 от 12.11.2026 (ООО «КерамТорг»)", "2026-11-18 14:50:36",
               body, X.MAILRU,
               "EDO credential phishing: 'Kontur.Diadoc' says a UPD from a real partner awaits signature.",
               "Sent from a free mail.ru mailbox with the brand as display name; link to diadoc.kontur-edo.ru.com "
               "(not kontur.ru); imitates the genuine notification for the same document to steal EDO credentials.",
               tz="MSK")


def a_fake_boss():
    body = """Ольга, добрый день.

Нашу компанию проверяет ФСБ совместно с Центробанком по факту утечки данных клиентов и подозрительных операций по счетам. Сегодня с вами свяжется куратор проверки — полковник Лебедев Андрей Викторович. Пожалуйста, окажите ему полное содействие и выполняйте его указания, это согласовано с руководством в Германии.

Информация строго конфиденциальна: не обсуждайте её ни с кем, в том числе со мной по рабочему телефону — я на совещании. О разговоре потом доложите мне сюда.

Дмитрий Соколов

Отправлено из мобильной Яндекс Почты"""
    return Msg("lzhe-rukovoditel-fsb", ("Дмитрий Соколов", "dmitry.sokolov.msk@yandex.ru"), [S("smirnova")],
               "Срочно и конфиденциально", "2026-12-08 09:31:02",
               alt(body, "utf-8", "base64", style="simple"), X.YANDEX,
               "'Fake boss' vishing pretext: 'Dmitry Sokolov' tells the accountant an FSB 'curator' will call and must be "
               "obeyed in secret.",
               "Free Yandex address using the office manager's name; classic Russian scheme that precedes calls from "
               "fake security officers who talk victims into transfers to 'safe accounts'; secrecy, no phone contact.",
               tz="MSK")


def ATTACK():
    return [a_fns_zip(), a_keramtorg_rekvizity(), a_diadoc_phish(), a_fake_boss()]


# ======================================================================= business

def _yandex_service(host_tag, msgid_fn, mailer=None, hcs=("utf-8", "B", "utf-8"), order=None):
    def hops(m, t):
        node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (m.rng.randrange(10, 90), host_tag)
        return (["Received: from %s (localhost [127.0.0.1])\n\tby forward502a.mail.yandex.net (Yandex) with ESMTPS id %s;\n\t%s"
                 % (node, hexs(m.rng, 10, True), rdate(t + timedelta(seconds=1), "MSK")),
                 "Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
                 % (node, hexs(m.rng, 10), hexs(m.rng, 8), rdate(t, "MSK"))], t + timedelta(seconds=1))
    extra = [("X-Mailer", mailer)] if mailer else []
    return Service(connect=("forward502a.mail.yandex.net", "forward502a.mail.yandex.net", "178.154.239.82"),
                   hops=hops, msgid=msgid_fn, extra=extra, hcs=hcs,
                   order=order or ["From", "To", "Subject", "MIME-Version", "Date", "Message-Id", "__CT__", "X-Mailer"])


def b_yandex_id():
    blocks = ["Здравствуйте, Дмитрий!",
              "Выполнен вход в ваш аккаунт **d.sokolov.eg** с нового устройства.",
              "Устройство: Windows 11, Яндекс Браузер\nМесто: Москва, Россия\nВремя: 17 ноября 2026 г. в 09:42 (МСК)",
              "Если это были вы, ничего делать не нужно. Если нет — смените пароль в разделе "
              "«Безопасность» на id.yandex.ru.",
              "С уважением,\nкоманда Яндекс ID"]
    body = brand_alt("Вход в аккаунт", blocks, None, "© 2026 ООО «ЯНДЕКС»", charset="utf-8", cte="base64",
                     brand="Яндекс ID", color="#fc3f1d", lang="ru")
    svc = _yandex_service("vla", lambda m: "<%d%d@%s.yandex.net>" % (
        m.rng.randrange(10 ** 5, 10 ** 6), int(m.utc.timestamp()), "id-notify-%d.vla" % m.rng.randrange(1, 9)))
    svc.values = lambda m, _s=svc: {**{k: v for k, v in type(svc).values(_s, m).items() if k != "Message-ID"},
                                    "Message-Id": _s.msgid(m)}
    return Msg("yandex-id-novyi-vkhod", ("Яндекс ID", "noreply@id.yandex.ru"), [S("sokolov")],
               "Выполнен вход в ваш аккаунт на Яндексе", "2026-11-17 09:43:05", body, svc,
               "Genuine Yandex ID notice of a sign-in on a new device.",
               "Yandex's own sender and forward relays; informational, no link to a login form, advises changing the "
               "password on id.yandex.ru.", tz="MSK",
               pair=(["lzhe-rukovoditel-fsb"], "same mail provider (Yandex) infrastructure; genuine service notice"))


def b_keramtorg_schet():
    body = """Добрый день!

Во вложении счёт на оплату № 1184 от 12.11.2026 за услуги ответственного хранения и обработки грузов за октябрь 2026 г.

Сумма к оплате: 486 240,00 руб., в т.ч. НДС 20%% — 81 040,00 руб.
Срок оплаты: 27.11.2026.

Реквизиты для оплаты:
%s

УПД направлен через Диадок.

Письмо сформировано автоматически в 1С:Предприятие. По вопросам: Ирина Волкова, i.volkova@keramtorg.ru, +7 (495) 648-21-70.""" % _reqs(KT)
    inv = pdf_bytes([("ООО «КерамТорг»", 14, True), "ИНН %s  КПП %s" % (KT["inn"], KT["kpp"]),
                     "%s, БИК %s, к/с %s, р/с %s" % (KT["bank"], KT["bik"], KT["ks"], KT["rs"]), "",
                     ("Счёт на оплату № 1184 от 12 ноября 2026 г.", 13, True), "",
                     "Покупатель: %s, ИНН %s, КПП %s" % (EG["name"], EG["inn"], EG["kpp"]), "",
                     "1. Ответственное хранение, октябрь 2026 (1 260 паллето-мест)        302 400,00",
                     "2. Погрузочно-разгрузочные работы                                      102 800,00",
                     "Итого без НДС: 405 200,00   НДС 20%: 81 040,00", ("Всего к оплате: 486 240,00 руб.", 11, True), "",
                     "Руководитель ______ Гуров С. А.      Главный бухгалтер ______ Волкова И. Н."],
                    "Счёт на оплату № 1184", producer="1С:Предприятие 8.3", date="D:20261112110000+03'00'")
    svc = _yandex_service("iva", lambda m: "<%s@keramtorg.ru>" % ruuid(m.rng).upper(), mailer="1C:Enterprise 8.3",
                          hcs=("koi8-r", "B", "koi8-r"))
    return Msg("keramtorg-schet-1184", ("ООО КерамТорг - Бухгалтерия", "buh@keramtorg.ru"), [S("smirnova")],
               "Счёт на оплату № 1184 от 12.11.2026", "2026-11-12 11:02:30",
               mime.Multi("mixed", [text(body.replace("%%", "%"), "koi8-r", "base64"),
                                    mime.Bin(inv, "application/pdf", "Счёт_1184_от_12.11.2026.pdf", fn_charset="koi8-r")]),
               svc,
               "The warehousing partner's 1C system sends an invoice with PDF through the partner's Yandex 360 domain.",
               "Real domain keramtorg.ru via Yandex relays; the requisites are the long-standing Sberbank ones "
               "(valid BIK control keys); UPD sent through the EDO operator as usual.", tz="MSK",
               pair=(["keramtorg-smena-rekvizitov"], "same invoice 1184; genuine one carries the original bank details"))


def b_diadoc_genuine():
    blocks = ["Здравствуйте!",
              "Ваш контрагент ООО «КерамТорг» (ИНН %s) отправил вам документ:" % KT["inn"],
              "Универсальный передаточный документ № 1184 от 12.11.2026\nСумма: 486 240,00 ₽",
              "Документ доступен в ящике организации %s в Диадоке." % EG["name"],
              "[[Открыть в Диадоке|https://diadoc.kontur.ru/%s/Document/Show?letterId=%s]]" % (
                  "a7c3e914-2b6d-4f80-9e15-6d0b8c2f4a71", "d41e6b02-93c8-4f7a-b5e1-0c2a9d8f6e37")]
    footer = ("Вы получили это письмо, потому что подписаны на уведомления о входящих документах.\n"
              "АО «ПФ «СКБ Контур», 620144, Екатеринбург, ул. Народной воли, 19а")
    body = brand_alt("Новый документ от ООО «КерамТорг»", blocks, None, footer, charset="utf-8",
                     cte="quoted-printable", brand="Диадок", color="#1f87ef", lang="ru")

    def hops(m, t):
        return (["Received: from diadoc-notify-04.kontur.host (diadoc-notify-04.kontur.host [10.34.12.54])\n\tby smtp-out2.skbkontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (hexs(m.rng, 10, True), m.rcpt, rdate(t, "+0500", comment=False))], t + timedelta(seconds=1))
    svc = Service(connect=("smtp-out2.skbkontur.ru", "smtp-out2.skbkontur.ru", "46.17.203.22"), hops=hops,
                  msgid=lambda m: "<%s@diadoc.kontur.ru>" % ruuid(m.rng),
                  extra=[("List-Unsubscribe", "<https://diadoc.kontur.ru/settings/notifications>")],
                  order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CT__", "List-Unsubscribe"],
                  hcs=("utf-8", "B", "utf-8"), date_zone="+0500")
    return Msg("diadoc-novyi-dokument-upd", ("Диадок", "noreply@diadoc.kontur.ru"), [S("smirnova")],
               "Новый документ от ООО «КерамТорг»: УПД № 1184 от 12.11.2026", "2026-11-12 13:15:08", body, svc,
               "Genuine Kontur.Diadoc notification that a partner's UPD arrived in the company's EDO box.",
               "Operator's own domain and relay; the link goes to diadoc.kontur.ru; matches the invoice; no deadline "
               "or password request.", tz="+0500",
               env_from="bounce@diadoc.kontur.ru",
               pair=(["diadoc-fake-dokument"], "same document and brand; genuine one from kontur.ru infrastructure"))


def b_broker():
    body = """Ольга, добрый день!

По декларации на товары № 10129060/191126/3187542 (керамогранит, 2 а/м из Опочно) начислены таможенные платежи 1 184 620,57 руб. (пошлина + НДС 20%). На вашем едином лицевом счёте в ФТС остаток 212 400,00 руб., этого не хватает.

Прошу до 12:00 завтра пополнить ЕЛС по стандартным реквизитам ФТС (как в прошлый раз, из вашего банк-клиента), иначе выпуск не состоится и машины останутся на СВХ «Белый Раст» — хранение 9 800 руб. в сутки за машину.

Как только деньги зачислятся, сразу подаю на выпуск. Если есть вопросы по расчёту — звоните, я на месте.

С уважением,
Алексей Морозов
таможенный представитель ООО «ВЭД-Сервис»
+7 (916) 204-33-18"""
    return Msg("broker-tamozhennye-platezhi", ("Алексей Морозов", "a.morozov.ved@mail.ru"), [S("smirnova")],
               "Срочно: оплата таможенных платежей по ДТ 10129060/191126/3187542", "2026-11-19 16:40:12",
               text(body, "windows-1251", "8bit", quote_cs=False),
               X.TheBat("mail.ru", X.mailru_smtp("95.84.211.46"), version="10.5.3"),
               "The customs broker urgently asks to top up the company's customs account so that two trucks can be released.",
               "Known broker writing from his usual mail.ru address with The Bat!; the money goes to the customs "
               "authority's own account via the company's bank client, not to him; offers a phone call; real "
               "operational urgency.", cc=[S("sokolov")], tz="MSK",
               pair=(["fns-trebovanie-zip-scr"], "urgent official payment deadline with sanctions; genuine one has no attachment or link"))


def BUSINESS():
    return [b_yandex_id(), b_keramtorg_schet(), b_diadoc_genuine(), b_broker()]
