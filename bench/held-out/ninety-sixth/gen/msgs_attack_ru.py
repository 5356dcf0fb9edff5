"""Attack messages, Russian (4)."""
import finance as fin
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, branded_alt, pdf_att, zip_att, PLACEHOLDER)
from mime import Text, Multi

F, L = "attack", "ru"
INN_EGR = fin.ru_inn10("780241653")

# ---------------------------------------------------------------- 37 FNS demand with password ZIP
M(F, L, "fns-trebovanie-arhiv-parol",
  ("Межрайонная ИФНС России № 17 по Санкт-Петербургу", "trebovanie@nalog-uvedomlenie.ru"), [S("kuznetsova")],
  "Требование о представлении документов (информации) № 17-12/41873 от 11.11.2026", "2026-11-11 08:37:15",
  sy.exim_host("lair.beget.com", "87.236.16.31", "185.225.69.148", client="thebat", zone="msk", exim="4.96", hcs=("windows-1251", "B"), pcname="DESKTOP-7QK2LMA"),
  mixed(plain("""Уважаемый налогоплательщик!

ООО "Экзампл Груп Рус", ИНН %s

На основании статьи 93.1 Налогового кодекса Российской Федерации в связи с проведением камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить документы (информацию) согласно приложению.

Непредставление документов в установленный срок влечет ответственность по статье 126 НК РФ, а также может являться основанием для приостановления операций по счетам.

Требование и перечень документов во вложении. Архив защищен паролем: 2026

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Е. В. Морозова
""" % INN_EGR, "windows-1251", "8bit"),
        zip_att("Требование_17-12_41873.zip", [("Требование_17-12_41873_перечень_документов.pdf.scr", PLACEHOLDER)], password="2026", style="2047")),
  what="Fake Federal Tax Service (FNS) 'demand for documents' (art. 93.1 Tax Code) with a password-protected ZIP (password 2026) containing a .pdf.scr file.",
  why="FNS sends demands through the EDO operator (TKS) with a qualified signature, never as password ZIPs from nalog-uvedomlenie.ru; sent with The Bat! via a shared-hosting account from a foreign VPS; password hides the payload from scanning, .pdf.scr double extension (placeholder); threat of account freezing.")

# ---------------------------------------------------------------- 38 SBIS EDO look-alike
_u38 = "https://sbis-edo-online.ru/auth/?doc=dop3-14-2025&inn=%s&ret=%%2Fpage%%2Fedo" % INN_EGR
M(F, L, "sbis-edo-dokument-na-podpis",
  ("СБИС Электронный документооборот", "noreply@sbis-edo-online.ru"), [S("kuznetsova")],
  "Вам поступил документ на подпись от ООО «СевЛесЭкспорт»: Доп. соглашение № 3 к договору поставки № 14/2025", "2026-12-03 11:25:42",
  sy.vps_postfix("mail.sbis-edo-online.ru", "89-108-77-214.cloudvps.regruhosting.ru", "89.108.77.214", ua="php", zone="msk", lang="ru"),
  branded_alt("Новый документ ожидает подписания", [
      "Здравствуйте!",
      "Контрагент ООО «СевЛесЭкспорт» (ИНН %s) направил Вам документ, требующий подписания квалифицированной электронной подписью:" % fin.ru_inn10("290114873"),
      "Дополнительное соглашение № 3 к договору поставки № 14/2025 (изменение цены и условий оплаты с 01.01.2027)",
      "Срок подписания: 05.12.2026. Если документ не будет подписан или отклонён в срок, контрагент вправе считать его принятым.",
  ], ("Перейти к документу", _u38),
      "Это письмо сформировано автоматически системой СБИС. Не отвечайте на него.\nООО «Компания «Тензор», Ярославль",
      cs="koi8-r", cte="b64", brand="#3b7ac8", logo_text="СБИС · ЭДО", lang="ru",
      preheader="Документ на подпись"),
  what="SBIS (Russian EDO platform) look-alike: 'a supplementary agreement from SevLesExport awaits your signature', link to sbis-edo-online.ru.",
  why="Look-alike of sbis.ru hosted on a REG.RU VPS and sent by PHPMailer; uses a real supplier's name and contract number style as lure; the link asks for EDO/KEP credentials; 'deemed accepted' deadline. Example Group actually uses Kontur.Diadoc (genuine notice in business/39).")

# ---------------------------------------------------------------- 39 supplier look-alike, bank details change
_bik39 = "044525974"
_acc39 = fin.ru_key(_bik39, "40702810010000638415")
_ks39 = fin.ru_key(_bik39, "30101810045250000974", True)
_inn_agent = fin.ru_inn10("770458129")
M(F, L, "sevles-lookalike-smena-rekvizitov",
  ("Иван Петров", "i.petrov@sevlesexsport.ru"), [S("kuznetsova")],
  "Изменение платёжных реквизитов - оплата по счёту № 418 от 02.12.2026", "2026-12-04 09:52:16",
  sy.vps_postfix("mail.sevlesexsport.ru", "vm3418842.firstbyte.club", "185.104.114.61", ua="outlook", zone="msk", lang="ru", hcs=("windows-1251", "B")),
  mixed(alt("""Ольга, добрый день!

В связи с ограничениями по валютному контролю на наш расчётный счёт в Сбербанке до конца месяца просим оплату по счёту № 418 от 02.12.2026 (пиломатериалы хвойных пород, вагоны 4 шт., 3 412 559,60 руб., в т.ч. НДС) произвести на реквизиты нашего агента по договору поручения:

Получатель: ООО "Северный Торговый Дом"
ИНН %s / КПП 770401001
Р/с %s
Банк: АО "ТБанк", г. Москва
БИК %s
К/с %s
Назначение платежа: Оплата по счёту № 418 от 02.12.2026 за ООО "СевЛесЭкспорт" по договору поручения № 7-А, в т.ч. НДС

Письмо с подписью генерального директора во вложении, оригинал направим почтой. Просьба провести платёж сегодня, чтобы вагоны успели отгрузить до закрытия станции. Старые реквизиты в Сбербанке временно не используйте.

С уважением,
Иван Петров
Коммерческий директор
ООО "СевЛесЭкспорт"
""" % (_inn_agent, _acc39, _bik39, _ks39), "windows-1251", "qp", "outlook", lang="RU"),
        pdf_att("Письмо_об_изменении_реквизитов.pdf", [
            ("title", "ООО «СевЛесЭкспорт»"),
            ("small", "163000, г. Архангельск, наб. Северной Двины, 112 · ИНН %s" % fin.ru_inn10("290114873")),
            ("gap", 10),
            ("p", "Исх. № 212 от 03.12.2026\nГенеральному директору ООО «Экзампл Груп Рус»"),
            ("h", "Письмо об изменении платёжных реквизитов"),
            ("p", "Настоящим просим произвести оплату по счёту № 418 от 02.12.2026 по следующим реквизитам агента ООО «Северный Торговый Дом» (договор поручения № 7-А от 01.12.2026):"),
            ("mono", "ИНН %s  КПП 770401001\nР/с %s\nАО «ТБанк», БИК %s\nК/с %s" % (_inn_agent, _acc39, _bik39, _ks39)),
            ("p", "Оплата по данным реквизитам считается надлежащим исполнением обязательств перед ООО «СевЛесЭкспорт»."),
            ("gap", 8),
            ("p", "Генеральный директор                    А. Н. Шестаков"),
        ], {"Producer": "Microsoft® Word 2019", "Title": "Письмо"}, style="2047")),
  what="Supplier look-alike (sevlesexsport.ru, extra 's') asks the Russian accountant to pay a RUB 3.18 m invoice to a Moscow 'agent' company's T-Bank account; signed letter as PDF.",
  why="Look-alike domain on a VPS, payment to a third party under an 'agency agreement', pretext of currency-control restrictions, same-day pressure, 'don't use the Sberbank account'. The genuine supplier bills from sevlesexport.ru with its own Sberbank account (business/37). Account numbers carry valid BIK keys, as real mule accounts do.")

# ---------------------------------------------------------------- 40 DDoS extortion
_btc40 = fin.base58_address("audit97-ddos-ru", 0x05)
M(F, L, "ddos-vymogatelstvo-bitcoin",
  ("Защита от атак", "netshield.ops2026@mail.ru"), [S("smirnov")],
  "Ваш сайт и почта будут отключены 21.12.2026", "2026-12-14 22:41:50",
  sy.mailru(user_ip="193.233.48.17"),
  Multi("alternative", [
      Text("""Внимание руководству ООО "Экзампл Груп Рус" и Example Group.

Мы провели тестовую атаку на ваш сервер mx01.example.com сегодня в 21:30 по МСК. Вы могли заметить задержки почты. Это была демонстрация мощностью 30 Гбит/с.

21.12.2026 мы начнём полноценную DDoS-атаку мощностью более 1 Тбит/с на ваш сайт, почту и VPN. Ваши клиенты и поставщики не смогут связаться с вами до конца года. Защита вашего провайдера не поможет.

Чтобы этого избежать, переведите 0,35 BTC на адрес:

%s

Срок - до 20.12.2026, 23:59 МСК. После оплаты атака отменяется, мы больше вас не побеспокоим. Если оплаты не будет, цена вырастет до 1 BTC, и атака продолжится до оплаты.

Не отвечайте на это письмо, мы сами увидим перевод.
""" % _btc40, "plain", "UTF-8", "b64"),
      Text("""<HTML><BODY><p>Внимание руководству ООО "Экзампл Груп Рус" и Example Group.</p><p>Мы провели тестовую атаку на ваш сервер mx01.example.com сегодня в 21:30 по МСК. Вы могли заметить задержки почты. Это была демонстрация мощностью 30 Гбит/с.</p><p>21.12.2026 мы начнём полноценную DDoS-атаку мощностью более 1 Тбит/с на ваш сайт, почту и VPN. Ваши клиенты и поставщики не смогут связаться с вами до конца года. Защита вашего провайдера не поможет.</p><p>Чтобы этого избежать, переведите 0,35 BTC на адрес:</p><p><b>%s</b></p><p>Срок - до 20.12.2026, 23:59 МСК. После оплаты атака отменяется, мы больше вас не побеспокоим. Если оплаты не будет, цена вырастет до 1 BTC, и атака продолжится до оплаты.</p><p>Не отвечайте на это письмо, мы сами увидим перевод.</p></BODY></HTML>
""" % _btc40, "html", "UTF-8", "b64")]),
  what="DDoS extortion: 'we will take down your website, mail and VPN on 21.12 unless you pay 0.35 BTC', from a mail.ru address, to the Russian office manager.",
  why="Ransom-DDoS threat with a Bitcoin (base58check P2SH) address and deadline, anonymous free-mail sender, claims of a 'test attack' to create fear; malicious extortion regardless of capability.")
