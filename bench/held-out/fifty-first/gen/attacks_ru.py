"""Russian-language attack messages (37-40)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras
from mime import T, sec, h, hn, uuid, fmt, ALNUM, local
from company import st, sa, RU, IDS, NATIVE
from files import zipfile_bytes
import infra

F = "attack"


def thebat_mid(t, domain, key):
    return "<%d.%s@%s>" % (hn(key, 10 ** 8, 2 * 10 ** 9), local(sec(t, -40), "RU").strftime("%Y%m%d%H%M%S"), domain)


def build():
    irina = (NATIVE["Irina"], sa("Irina"))

    # ------------------------------------------------------------ 37 fake FNS demand, encrypted ZIP
    t = T(2026, 10, 27, 10, 34, 12, "RU")
    p = infra.own_postfix("a37", t, "mail.nalog-trebovanie.ru", "94.156.232.17", "nalog-trebovanie.ru",
                          "127.0.0.1|localhost", mid_style="generic", rdns="unknown", tzone="RU")
    p["client"] = ("mail.nalog-trebovanie.ru", "unknown", "94.156.232.17")
    p["msgid"] = thebat_mid(t, "nalog-trebovanie.ru", "a37m")
    p["extra"] = [("X-Mailer", "The Bat! (v10.5.3) Professional"), ("X-Priority", "1 (Highest)")]
    txt = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 46 по г. Москве в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года направляет в адрес ООО «Экзампл Груп Рус» (ИНН {inn}) требование о представлении пояснений № 21-14/7841 от 27.10.2026.

В соответствии с п. 3 ст. 88 НК РФ пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ, а также может являться основанием для приостановления операций по счетам организации.

Требование и перечень документов направлены во вложении. В целях защиты налоговой тайны архив защищён паролем: 2026

Главный государственный налоговый инспектор
отдела камеральных проверок № 2
Смирнова Е. В.
""".format(inn=IDS["example_ru_inn"])
    z = zipfile_bytes([("Требование_21-14_7841_от_27.10.2026.pdf.exe",
                        b"inert placeholder for mail-gateway evaluation - not an executable\r\n",
                        (2026, 10, 27, 10, 20, 44))], password="2026", key="a37zip")
    body = mixed(Text(txt, "plain", "windows-1251", "base64"),
                 Att(z, "application/x-zip-compressed", "Требование_№21-14-7841.zip", fn_style="rfc2231", fn_cs="utf-8"))
    mk(F, 37, "ru", "fake-fns-demand-encrypted-zip", t=t, prof=p, date_zone="RU",
       frm=("ИФНС России № 46 по г. Москве", "trebovanie@nalog-trebovanie.ru"), to=[irina],
       subject="Требование о представлении пояснений № 21-14/7841 от 27.10.2026", hcs="windows-1251", body=body,
       what="'Tax inspectorate No. 46' demands explanations for the Q3 VAT return; password-protected ZIP (password 2026) with the 'demand'.",
       why="Malware lure impersonating the FNS: real demands arrive via the TKS/EDO operator, not e-mail from nalog-trebovanie.ru (VPS without rDNS); encrypted archive hides a Windows executable named '.pdf.exe'; threat of account freeze.")

    # ------------------------------------------------------------ 38 stand builder bank-details change, look-alike domain
    t = T(2026, 11, 27, 12, 3, 49, "RU")
    p = infra.own_postfix("a38", t, "mail.expo-stroy.ru", "185.104.114.52", "expo-stroy.ru",
                          "46.8.19.203|unknown", mid_style="outlook", rdns="unknown", tzone="RU",
                          auth="buh@expo-stroy.ru")
    p["client"] = ("mail.expo-stroy.ru", "unknown", "185.104.114.52")
    txt = """Уважаемая Ирина Сергеевна, добрый день!

Настоящим уведомляем об изменении банковских реквизитов ООО "ЭкспоСтрой" в связи с переходом на обслуживание в другой банк. Начиная с 27.11.2026 просим производить все платежи по следующим реквизитам:

Получатель: ООО "ЭкспоСтрой"
ИНН {inn} / КПП {kpp}
Р/с {acct}
Банк: АО "ТБанк", г. Москва
БИК {bik}
К/с {corr}

Счёт на оплату N 418 от 20.11.2026 (застройка стенда, выставка PackPrint Expo) просим оплатить по новым реквизитам до 30.11.2026, так как счёт в ПАО Сбербанк закрывается и поступившие на него средства будут возвращены.

Письмо об изменении реквизитов с подписью генерального директора направим оригиналом Почтой России. Просим подтвердить получение данного письма ответным сообщением.

С уважением,
Главный бухгалтер
ООО "ЭкспоСтрой"
Захарова Наталья
""".format(inn=IDS["expostroy_inn"], kpp=IDS["expostroy_kpp"], acct=RU["mule_acct"], bik=RU["tbank_bik"],
           corr=RU["tbank_corr"])
    body = Text(txt, "plain", "koi8-r", "8bit")
    mk(F, 38, "ru", "stand-builder-requisites-change-lookalike", t=t, prof=p, order="ms", date_zone="RU",
       frm=("Бухгалтерия ЭкспоСтрой", "buh@expo-stroy.ru"), to=[irina],
       subject="Изменение банковских реквизитов ООО ЭкспоСтрой", hcs="koi8-r", body=body,
       what="'ЭкспоСтрой' accounts department announces new bank details (T-Bank) and asks to pay invoice 418 there by 30.11.",
       why="Supplier-impersonation BEC: look-alike domain expo-stroy.ru (real: expostroy.ru) on a VPS without rDNS; account and BIK are well-formed but differ from the supplier's known Sberbank account; deadline; signed letter 'will follow by post'.")

    # ------------------------------------------------------------ 39 Diadoc EDO credential phishing
    t = T(2026, 12, 7, 9, 12, 30, "RU")
    p = infra.own_postfix("a39", t, "mail.diadoc-kontur.online", "5.161.104.220", "diadoc-kontur.online",
                          "127.0.0.1|localhost", mid_style="generic", rdns="static.220.104.161.5.clients.your-server.de",
                          tzone="UTC")
    url = "https://diadoc-kontur.online/auth/login?doc=%s&box=%s" % (uuid("a39d"), h("a39b", 12))
    txt = """Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО «ЭкспоСтрой», ИНН {inn}
Документ: Акт сверки взаимных расчётов за 3 квартал 2026 г.
Получатель: ООО «Экзампл Груп Рус»

Контрагент запросил подпись до 09.12.2026. Документ доступен для просмотра после входа в ящик организации по сертификату электронной подписи или логину и паролю.

Перейти к документу: {url}

Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» Диадока.
""".format(inn=IDS["expostroy_inn"], url=url)
    htm = """<div style="font-family:Arial,sans-serif;max-width:600px;font-size:14px;color:#222">
<div style="padding:12px 0;border-bottom:3px solid #0083c7"><b style="color:#0083c7;font-size:20px">Контур.Диадок</b></div>
<h3>Вам поступил документ, требующий подписи</h3>
<table style="font-size:14px"><tr><td style="color:#777">Отправитель:</td><td>ООО «ЭкспоСтрой», ИНН {inn}</td></tr>
<tr><td style="color:#777">Документ:</td><td><b>Акт сверки взаимных расчётов за 3 квартал 2026 г.</b></td></tr>
<tr><td style="color:#777">Получатель:</td><td>ООО «Экзампл Груп Рус»</td></tr></table>
<p>Контрагент запросил подпись до 09.12.2026. Документ доступен для просмотра после входа в ящик организации.</p>
<p><a href="{url}" style="background:#0083c7;color:#fff;padding:10px 20px;text-decoration:none">Перейти к документу</a></p>
<p style="font-size:11px;color:#888">Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» Диадока.</p></div>""".format(inn=IDS["expostroy_inn"], url=url)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="ru", style="margin:0"))
    mk(F, 39, "ru", "edo-diadoc-credential-phish", t=t, prof=p, date_zone="UTC",
       frm=("Контур.Диадок", "noreply@diadoc-kontur.online"), to=[irina],
       subject="Диадок: документ на подпись от ООО «ЭкспоСтрой» - Акт сверки за 3 кв. 2026", body=body,
       what="'Kontur.Diadoc' EDO notification: reconciliation statement from the real stand builder awaits signature; link to log in.",
       why="EDO-themed credential phishing from diadoc-kontur.online on a Hetzner server (real service: diadoc.kontur.ru); uses the genuine supplier's name and INN as bait; harvests EDO login for later invoice fraud.")

    # ------------------------------------------------------------ 40 fake boss / 'FSB officer' pretext from mail.ru
    t = T(2026, 12, 15, 19, 41, 7, "RU")
    p = infra.mailru("a40", t, user_ip="176.59.41.17")
    txt = """Ирина, добрый вечер.

Пишу с личной почты, рабочую сейчас использовать нельзя, объясню ниже.

Сегодня меня пригласили на беседу. В отношении нескольких сотрудников нашего представительства проводится проверка по линии ФСБ в связи с возможной утечкой данных клиентов и подозрительными платежами через наши счета. Проверка негласная, поэтому никому в офисе и в Германии об этом не говорите, это прямое требование следователя.

Завтра утром с Вами по телефону свяжется куратор проверки, полковник Морозов Андрей Викторович. Прошу оказать ему полное содействие и выполнять его указания, в том числе по счетам компании. По почте это больше не обсуждаем, только с ним.

Подтвердите, пожалуйста, ответом, что прочитали, и напишите номер мобильного, на который Вам удобно принять звонок.

Дмитрий Соколов
"""
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(paras(txt), "utf-8", "base64", lang="ru"))
    mk(F, 40, "ru", "fake-boss-fsb-vishing", t=t, prof=p, date_zone="RU",
       frm=(NATIVE["Dmitry"], "d.sokolov.msk@mail.ru"), to=[irina],
       subject="Конфиденциально", body=body,
       what="The Moscow office manager's name on a mail.ru account warns of a secret 'FSB investigation' and instructs the accountant to follow a 'colonel' who will call, 'including on company accounts', and to send her mobile number.",
       why="'Fake boss' social engineering (widespread in Russia 2024-2026): free-mail impersonation, secrecy towards colleagues and HQ, authority pretext, hand-off to a vishing call to steal funds; asks for a phone number rather than a payment so that filters see nothing transactional.")
