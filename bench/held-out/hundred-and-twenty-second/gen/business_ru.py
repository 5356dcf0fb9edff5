"""Genuine messages 37-40 (Russian)."""
import datetime as _dt

import archives
import plat
from company import SZEM, OFFICES, who, RU_BANK
from mime import plain, html, alt, mixed, attachment
from mk import ol_html, ol_paras, esc, para_html
from spec import message
from systems import Yandex
from util import rhex, rdigits, ruuid

INN = OFFICES['RU']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 37
@message('business', 37, 'ru', 'kontur-extern-trebovanie-fns')
def b37(s):
    s.sent('2026-11-18 09:12:40', 'RU')
    s.frm = ('Контур.Экстерн', 'extern@skbkontur.ru')
    s.to = [who('dmitry.volkov')]
    s.subject = 'Получено требование из ФНС - ООО «Экзампл Кабель Рус»'
    url = 'https://extern.kontur.ru/%s/letters/%s' % (ruuid(s.rng), ruuid(s.rng))
    text = ("Здравствуйте!\n\nВ Контур.Экстерн поступило требование от Межрайонной ИФНС России № 26 по "
            "Санкт-Петербургу для ООО «Экзампл Кабель Рус» (ИНН %s, КПП 780101001).\n\n"
            "Документ: Требование о представлении пояснений (КНД 1160001)\nДата отправки: 18.11.2026\n\n"
            "Необходимо отправить квитанцию о приеме требования в течение 6 рабочих дней, ответ - в течение 5 "
            "рабочих дней после отправки квитанции. Экстерн отправит квитанцию автоматически, если включена эта "
            "настройка.\n\nОткрыть требование в Экстерне: %s\n\n"
            "С уважением,\nКонтур.Экстерн\nСлужба поддержки: 8 800 500-50-80\n" % (INN, url))
    s.phones = ['8 800 500-50-80']
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="padding:10px 0;font-size:20px;color:#e2231a"><b>Контур</b>.Экстерн</div>'
         + para_html(text, {url: url}) + '</body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'base64'), html(h, 'utf-8', 'base64'))
    s.system = plat.own_mta('mail-out5.skbkontur.ru', '198.51.100.110', 'skbkontur.ru', 'kontur2024', 'RU',
                            'SKB Kontur mail cluster (mail-out5.skbkontur.ru [198.51.100.110]), DKIM d=skbkontur.ru',
                            style='dotnet', env='bounce@skbkontur.ru', inner='notify-extern07')
    s.what = 'Kontur.Extern (the office\'s reporting operator) notifies that a tax-office demand for explanations has arrived in the system.'
    s.why = 'Genuine operator notification (skbkontur.ru DKIM), the demand itself stays in the authenticated Extern system; link to extern.kontur.ru, no attachment, no password-protected archive.'
    s.pair = ['37-ru-fns-trebovanie-zip-parol.eml']
    s.pair_topic = 'FNS demand: genuine notification via the EDO operator vs. e-mailed password ZIP with malware'


# ------------------------------------------------------------------------------------------------ 38
@message('business', 38, 'ru', 'diadok-dokument-ot-kontragenta')
def b38(s):
    s.sent('2026-11-30 17:26:02', 'RU')
    s.frm = ('Контур.Диадок', 'noreply@diadoc.ru')
    s.to = [who('dmitry.volkov')]
    s.subject = 'Вам пришел документ от ООО «СевЗапЭнергоМонтаж»'
    url = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (ruuid(s.rng), ruuid(s.rng), ruuid(s.rng))
    text = ("ООО «СевЗапЭнергоМонтаж» отправил вам документ.\n\nАкт сверки взаимных расчетов за период 01.01.2026 - "
            "30.09.2026\nТребуется подпись\n\nПерейти к документу: %s\n\n"
            "Уведомления можно настроить в Диадоке: Настройки - Уведомления.\nКонтур.Диадок\n" % url)
    h = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222"><div style="padding:10px 0;font-size:20px;color:#1e5fa6"><b>Контур</b>.Диадок</div>'
         + para_html(text.replace('Перейти к документу: %s' % url, 'BTN')).replace(
             'BTN', '<a href="%s" style="background:#1e5fa6;color:#fff;padding:9px 20px;text-decoration:none">Перейти к документу</a>' % esc(url))
         + '</body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'base64'), html(h, 'utf-8', 'base64'))
    s.system = plat.own_mta('mx-out2.diadoc.ru', '198.51.100.112', 'diadoc.ru', 'diadoc', 'RU',
                            'Diadoc notification MTA (mx-out2.diadoc.ru [198.51.100.112]), DKIM d=diadoc.ru',
                            style='dotnet', env='bounce@diadoc.ru', inner='diadoc-notify03')
    s.what = 'Diadoc EDI notification: the Russian customer sent a reconciliation statement that needs signing.'
    s.why = 'Genuine EDI operator mail from diadoc.ru (DKIM), document type and counterparty match the real business (see business/39), link to diadoc.kontur.ru, no deadline threat.'
    s.pair = ['38-ru-diadok-lookalike-mailru-podpis.eml']
    s.pair_topic = 'Diadoc EDI notification: genuine diadoc.ru notice vs. look-alike diadoc-kontur.ru via Mail.ru'


# ------------------------------------------------------------------------------------------------ 39
@message('business', 39, 'ru', 'szem-akt-sverki-xlsx')
def b39(s):
    s.sent('2026-10-13 10:52:36', 'RU')
    s.frm = SZEM['people']['buh'][:2]
    s.to = [who('dmitry.volkov')]
    s.cc = [who('olga.smirnova')]
    s.subject = 'Акт сверки за 9 месяцев 2026 года'
    s.hcharset, s.henc = 'windows-1251', 'B'
    s.phones = ['+7 812 336-47-92']
    rows = [[('b', 'Дата'), ('b', 'Документ'), ('b', 'Дебет'), ('b', 'Кредит')],
            ['Сальдо начальное', '', ('n', 0.0), ('n', 0.0)],
            ['14.03.2026', 'УПД № 0311 (поставка ВВГнг(А)-LS)', ('n', 418260.0), ''],
            ['28.03.2026', 'Оплата, п/п № 1187', '', ('n', 418260.0)],
            ['19.06.2026', 'УПД № 0744 (поставка АПвПу2г)', ('n', 1126540.8), ''],
            ['07.08.2026', 'Оплата, п/п № 2201', '', ('n', 1126540.8)],
            ['22.09.2026', 'УПД № 1032 (поставка ВВГнг(А)-LS)', ('n', 684300.0), ''],
            ['Сальдо конечное', 'в пользу ООО «Экзампл Кабель Рус»', ('n', 684300.0), '']]
    x = archives.make_xlsx([('Акт сверки', rows, [16, 44, 16, 16])], s.zip_time(60)[:6], title='Акт сверки 9м 2026',
                           creator='Бухгалтерия', company='ООО СевЗапЭнергоМонтаж')
    text = ("Добрый день, Дмитрий!\n\nНаправляем акт сверки за 9 месяцев 2026 года в формате Excel. Официально "
            "подписанный акт отправим через Диадок после вашего подтверждения. Просим проверить и сообщить, если "
            "есть расхождения.\n\nС уважением,\nГлавный бухгалтер\nЕлена Викторовна Орлова\n"
            "ООО «СевЗапЭнергоМонтаж»\nтел. +7 812 336-47-92\n")
    s.body = mixed(alt(plain(text, 'windows-1251', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'windows-1251', 'RU'), 'windows-1251', 'quoted-printable')),
                   attachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x, 'Акт_сверки_9м_2026.xlsx'))
    s.system = Yandex(client='outlook')
    s.what = 'Russian customer\'s chief accountant sends the 9-month reconciliation statement as XLSX; signed version will follow via Diadoc.'
    s.why = 'Real customer domain szem-spb.ru on Yandex 360 (DKIM pass), plausible balances matching deliveries, plain XLSX (no macros, no remote template), formal signature via the EDI operator.'
    s.pair = ['39-ru-akt-sverki-docx-remote-template.eml']
    s.pair_topic = 'reconciliation statement (акт сверки): genuine XLSX from the real domain vs. DOCX with remote template from a look-alike'


# ------------------------------------------------------------------------------------------------ 40
@message('business', 40, 'ru', 'b2b-center-priglashenie-zakupka')
def b40(s):
    s.sent('2026-12-08 11:40:18', 'RU')
    s.frm = ('B2B-Center', 'robot@b2b-center.ru')
    s.to = [who('olga.smirnova')]
    s.subject = 'Приглашение к участию в запросе предложений N 3841227'
    s.hcharset, s.henc = 'koi8-r', 'B'
    url = 'https://www.b2b-center.ru/market/view.html?id=3841227'
    text = ("Уважаемый участник!\n\nОрганизатор АО \"Ленэнергомонтаж\" приглашает ООО \"Экзампл Кабель Рус\" к "
            "участию в запросе предложений N 3841227 \"Поставка кабельной продукции (ВВГнг(А)-LS, АПвПу2г) для "
            "объектов 2027 года\".\n\nОкончание приема предложений: 22.12.2026 12:00 (МСК)\n"
            "Просмотр процедуры: %s\n\n"
            "Участие в процедуре бесплатно для участников с действующим тарифом. Организатор не вправе требовать "
            "оплату на свои счета за допуск к процедуре.\n\nС уважением,\nЭлектронная торговая площадка B2B-Center\n"
            "Телефон поддержки: +7 495 989-89-89\n" % url)
    s.phones = ['+7 495 989-89-89']
    s.body = plain(text, 'koi8-r', 'quoted-printable')
    s.system = plat.own_mta('mail3.b2b-center.ru', '198.51.100.121', 'b2b-center.ru', 'b2b', 'RU',
                            'B2B-Center platform MTA (mail3.b2b-center.ru [198.51.100.121]), DKIM d=b2b-center.ru',
                            style='generic', env='robot@b2b-center.ru', inner='market-robot02')
    s.what = 'Electronic trading platform B2B-Center invites the Russian office to a request for proposals for 2027 cable supply.'
    s.why = 'Genuine platform notification (DKIM b2b-center.ru) where the office is registered, link to the procedure on b2b-center.ru, states that organisers may not demand fees; no bank details.'
    s.pair = ['40-ru-akkreditaciya-postavshika-avans-koi8.eml']
    s.pair_topic = 'tender invitation: genuine trading-platform invitation vs. advance-fee "accreditation" scam'
