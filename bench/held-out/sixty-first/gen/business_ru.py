"""Genuine business messages, Russian (4). PDFs use the standard 14 fonts,
so their Cyrillic content is transliterated (noted in MANIFEST)."""
from kit import *


def zoovet_send(m, I, t, frm, to, subj, **kw):
    rc = to[0]
    srv = "mail.zoovetsnab.ru"
    ip = "185.12.%d.%d" % (I.int(92, 95), I.int(2, 250))
    hops = [P.rcv_exim("10.10.0.%d" % I.int(20, 90), "[10.10.0.1]", srv, I.exim_id(), frm[1], rc[1], t, "MSK",
                       port=I.int(49152, 65000))]
    return send(P.outlook16, m, I, t, frm, to, subj, hops=hops, client=(srv, srv, ip), zone="MSK", lang="ru",
                henc="B", **kw)


def b_invoice():
    m = Mail("business", "ru", "supplier-invoice",
             "ООО «ЗооВетСнаб» accounting sends invoice (счёт на оплату) No. 2611 with the usual Alfa-Bank "
             "requisites and a PDF",
             "Supplier's real domain zoovetsnab.ru and own Exim server; requisites identical to the vendor "
             "master (valid BIK/account control key); the look-alike zoovetsnab.com attack tries to change them.")
    I = Ids(m.slug)
    t = utc(2026, 11, 20, 10, 14, 55, zone="MSK")
    zoovet_send(m, I, t, ("Бухгалтерия ЗооВетСнаб", "buh@zoovetsnab.ru"), [S("acc_ru")],
                "Счёт на оплату № 2611 от 20.11.2026", hcs="windows-1251")
    body = """Добрый день!

Во вложении счёт на оплату № 2611 от 20.11.2026 по заказу № ЗВС-4471 (вакцины, антипаразитарные препараты).

Сумма к оплате: 412 860,00 руб., в т.ч. НДС.
Срок оплаты: 5 банковских дней.

Реквизиты для оплаты:
ООО «ЗооВетСнаб», ИНН %s, КПП %s
р/с %s
АО «Альфа-Банк», г. Москва
БИК %s, к/с %s

Оригиналы УПД направим через ЭДО после отгрузки.

С уважением,
бухгалтерия ООО «ЗооВетСнаб»
тел. +7 495 785-41-20
""" % (RU["zoovet_inn"], RU["zoovet_kpp"], RU["zoovet_rs"], RU["zoovet_bik"], RU["zoovet_ks"])
    doc = pdf([("h", "OOO \"ZooVetSnab\" - SCHET NA OPLATU No 2611 ot 20.11.2026"),
               ("t", "INN " + RU["zoovet_inn"] + " / KPP " + RU["zoovet_kpp"] + " - Moskva"), ("r", ""),
               ("m", "Bank poluchatelya: AO \"Alfa-Bank\", g. Moskva"),
               ("m", "BIK " + RU["zoovet_bik"] + "   k/s " + RU["zoovet_ks"]),
               ("m", "r/s " + RU["zoovet_rs"]), ("", ""),
               ("t", "Pokupatel: OOO \"Ekzampl Vet\", INN " + RU["own_inn"] + ", Sankt-Peterburg"),
               ("t", "Osnovanie: zakaz No ZVS-4471"), ("", ""),
               ("m", "No Naimenovanie                        Kol.     Cena      Summa"),
               ("m", "1  Vakcina Nobivac DHPPi, 10 doz        40   3 980,00  159 200,00"),
               ("m", "2  Vakcina Nobivac Rabies, 10 doz       30   2 410,00   72 300,00"),
               ("m", "3  Bravecto 10-20 kg, 1 tab            120   1 438,00  172 560,00"),
               ("m", "4  Dostavka (termokonteyner)             1   8 800,00    8 800,00"), ("", ""),
               ("m", "                               Itogo:          412 860,00"),
               ("m", "                               v t.ch. NDS 22%: 74 450,16"), ("", ""),
               ("t", "Oplata v techenie 5 bankovskikh dney."),
               ("s", "Dokument sformirovan v 1S:Predpriyatie. Transliteraciya dlya pechati.")],
              title="Schet 2611", creator="1C:Enterprise 8.3", producer="1C:Enterprise 8.3",
              date="D:20261120101400+03'00'")
    m.body = mixed(outlook_alt(body, "windows-1251", "quoted-printable", "RU"),
                   att(doc, "application/pdf", "Счет_2611_от_20.11.2026.pdf", style="2047", cs="windows-1251"))
    return m


def b_yandex():
    m = Mail("business", "ru", "yandex-id-signin",
             "Yandex ID notice 'Вход в аккаунт с нового устройства' for the St Petersburg office manager "
             "(Yandex account used for Yandex Business / Direct)",
             "Genuine Yandex ID mail from noreply@id.yandex.ru through Yandex forward servers; location "
             "matches the office, links only to id.yandex.ru, informational.")
    I = Ids(m.slug)
    t = utc(2026, 11, 12, 9, 14, 37, zone="MSK")
    send(SV.yandex_id, m, I, t, [S("mgr_ru")], "Вход в аккаунт с нового устройства")
    a = S("mgr_ru")[1]
    plain = """Дмитрий, здравствуйте!

В ваш аккаунт %s выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Место: Санкт-Петербург, Россия
Время: 12 ноября 2026, 09:14 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль и завершите все сеансы на странице https://id.yandex.ru/security

С уважением,
Яндекс ID
""" % a
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;font-family:'YS Text',Arial,sans-serif;color:#000">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0"><img src="https://yastatic.net/s3/passport-static/core/_/id-logo.png" height="28" alt="Яндекс ID"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:16px">Дмитрий, здравствуйте!</td></tr>
<tr><td style="font-size:15px;line-height:22px">В ваш аккаунт <b>%s</b> выполнен вход с нового устройства.<br><br>
Устройство: Windows 11, Яндекс Браузер<br>Место: Санкт-Петербург, Россия<br>Время: 12 ноября 2026, 09:14 (МСК)<br><br>
Если это были вы, ничего делать не нужно.<br>Если вы не входили в аккаунт, смените пароль и завершите все сеансы.</td></tr>
<tr><td style="padding:20px 0"><a href="https://id.yandex.ru/security" style="background:#ffdb4d;color:#000;padding:10px 18px;border-radius:8px;text-decoration:none">Перейти в Безопасность</a></td></tr>
<tr><td style="font-size:13px;color:#777">С уважением,<br>Яндекс ID</td></tr></table></body></html>
""" % a
    m.body = alt(text(plain, "utf-8", "base64"), html(h, "utf-8", "base64"))
    return m


def b_order():
    m = Mail("business", "ru", "customer-order-yandex",
             "Order from the veterinary clinic 'Айболит' (Pushkin) sent with The Bat! through its yandex.ru "
             "account in KOI8-R",
             "Known customer, usual Yandex mailbox, old desktop client with KOI8-R, concrete order, no links "
             "or attachments.")
    I = Ids(m.slug)
    t = utc(2026, 11, 30, 10, 37, 20, zone="MSK")
    send(P.yandex, m, I, t, ("Ветклиника Айболит", "aibolit.vet@yandex.ru"), [S("mgr_ru")],
         "Заявка на декабрь", client_ip="95.55.%d.%d" % (I.int(1, 250), I.int(1, 250)), hcs="koi8-r")
    from util import local
    c, d = I.int(1, 250), I.int(1, 250)
    m.received[-1] = ("from [192.168.0.%d] (95-55-%d-%d.dynamic.spb.ertelecom.ru [95.55.%d.%d])\r\n\tby %s "
                      "(smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s" % (
                          I.int(2, 60), c, d, c, d, m.received[0].split("from ")[1].split(" ")[0],
                          I.alnum(10), I.alnum(8), rfcdate(t, "MSK")))
    m.hdrs = [h for h in m.hdrs if h[0] not in ("X-Mailer", "Message-Id")]
    m.hdrs.insert(-1, ("Message-ID", "<%d.%s@yandex.ru>" % (I.int(100000000, 1999999999),
                                                          local(t, "MSK").strftime("%Y%m%d%H%M%S"))))
    m.hdrs.insert(-1, ("X-Mailer", "The Bat! (v9.4.4) Home"))
    m.hdrs.insert(-1, ("X-Priority", "3 (Normal)"))
    body = """Здравствуйте, Дмитрий!

Просим принять заявку на декабрь для клиники "Айболит":

1. Нобивак DHPPi, 10 доз - 4 уп.
2. Нобивак Rabies, 10 доз - 3 уп.
3. Бравекто для собак 10-20 кг - 12 шт.
4. Милпразон для кошек - 15 уп.
5. Корм Renal для кошек 2 кг - 8 шт.

Доставка желательно во вторник или среду до 14:00. Счет и УПД как обычно через ЭДО.

С уважением,
Анна Морозова
администратор ветклиники "Айболит"
г. Пушкин, ул. Оранжерейная, д. 21
тел. (812) 466-31-07
"""
    m.body = text(body, "koi8-r", "8bit")
    return m


def b_akt():
    m = Mail("business", "ru", "supplier-reconciliation-act",
             "Key-account manager of ООО «ЗооВетСнаб» sends the reconciliation act for 9 months of 2026; the "
             "signed original was sent via Kontur.Diadok, a PDF copy is attached",
             "Real supplier domain and server, expected quarter-end document, refers to the regular EDO "
             "exchange without any login link; the genuine counterpart of the fake Diadok notification.")
    I = Ids(m.slug)
    t = utc(2026, 10, 12, 12, 30, 4, zone="MSK")
    zoovet_send(m, I, t, ("Ирина Смирнова", "i.smirnova@zoovetsnab.ru"), [S("acc_ru")],
                "Акт сверки за 9 месяцев 2026 г. – ООО «ЗооВетСнаб»", hcs="utf-8", cc=[S("mgr_ru")])
    body = """Ольга, добрый день!

Направили вам через Контур.Диадок акт сверки взаимных расчётов за 9 месяцев 2026 г., подписанный с нашей стороны. Для удобства дублирую копию в PDF во вложении.

По нашим данным задолженность в пользу ООО «ЗооВетСнаб» на 30.09.2026 составляет 0,00 руб. (счёт № 2387 оплачен 29.09).

Если расхождений нет, подпишите, пожалуйста, акт в Диадоке. Если что-то не сходится, напишите или позвоните мне, разберёмся.

--
С уважением,
Ирина Смирнова
менеджер по работе с ключевыми клиентами
ООО «ЗооВетСнаб»
тел. +7 495 785-41-26, моб. +7 916 318-27-40
"""
    doc = pdf([("h", "AKT SVERKI VZAIMNYKH RASCHETOV"), ("t", "za period 01.01.2026 - 30.09.2026"),
               ("t", "mezhdu OOO \"ZooVetSnab\" (INN " + RU["zoovet_inn"] + ") i OOO \"Ekzampl Vet\" (INN " + RU["own_inn"] + ")"), ("r", ""),
               ("m", "Data        Dokument                 Debet         Kredit"),
               ("m", "01.01.2026  Saldo nachalnoe                0,00"),
               ("m", "            Otgruzki (UPD), 9 mes.   3 184 220,00"),
               ("m", "            Oplaty, 9 mes.                          3 184 220,00"),
               ("m", "30.09.2026  Saldo konechnoe                 0,00"), ("", ""),
               ("t", "Zadolzhennost na 30.09.2026 otsutstvuet."), ("", ""),
               ("t", "Ot OOO \"ZooVetSnab\": glavnyy bukhgalter ______ E. V. Lebedeva"),
               ("s", "Kopiya dlya informacii. Original podpisan UKEP i napravlen cherez Kontur.Diadok.")],
              title="Akt sverki 9m 2026", creator="1C:Enterprise 8.3", producer="1C:Enterprise 8.3",
              date="D:20261012122500+03'00'")
    m.body = mixed(outlook_alt(body, "utf-8", "quoted-printable", "RU"),
                   att(doc, "application/pdf", "Акт_сверки_9м_2026_ЗооВетСнаб.pdf", style="2047", cs="utf-8"))
    return m


MESSAGES = [b_invoice, b_yandex, b_order, b_akt]
