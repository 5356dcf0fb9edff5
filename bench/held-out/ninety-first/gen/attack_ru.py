"""Attack messages, Russian (4)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, zip_att, b64s, PLACEHOLDER
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 37 "FNS" demand, encrypted ZIP
p37 = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 13 по Московской области в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года направляет в адрес ООО "Экзампл Груп Рус" (ИНН %s) требование о представлении пояснений N 14-13/08412 от 18.11.2026.

В соответствии с п. 3 ст. 88 НК РФ пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную ст. 129.1 НК РФ.

Текст требования и перечень выявленных расхождений находятся во вложении. В целях защиты персональных данных архив защищён паролем: 0811

С уважением,
отдел камеральных проверок N 2
Межрайонная ИФНС России N 13 по Московской области
""" % TAX['egrus_inn']
add(Mail(
    'fns-trebovanie-zip-parol', '2026-11-18 10:33:07', MAIL['ru_acc'],
    I.custom(('smtp40.beget.com', 'smtp40.beget.com', '5.101.153.40'),
             hops=[('from [178.176.72.19] (helo=[192.168.1.7])\n\tby smtp40.beget.com with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <buh@stroymontazh-nn.ru>)\n\tid 1t{rid}', 'RU', False, 1)],
             msgid=lambda ctx: '<%s@stroymontazh-nn.ru>' % I.uuid4(ctx.rng),
             style='generic', tls='1.3', date_zone='RU', boundary='generic', return_path='buh@stroymontazh-nn.ru'),
    ('ИФНС России N 13 по Московской обл.', 'buh@stroymontazh-nn.ru'),
    'Требование о представлении пояснений N 14-13/08412 от 18.11.2026',
    mixed(Text(p37, 'plain', 'koi8-r', 'base64'),
          zip_att('Требование_14-13_08412.zip', [('Требование_14-13_08412_от_18.11.2026.pdf.scr', PLACEHOLDER)],
                  password='0811', seed='ru-fns', style='rfc2047', charset='koi8-r', when=(2026, 11, 18, 9, 12, 0))),
    rcpt_name='Olga Vasilyeva', hcs='koi8-r', henc='B', zip_password='0811', sent_delta=4,
    what='"Tax inspectorate (IFNS No. 13)" demands explanations for a VAT return within five days; the demand is in a password-protected ZIP.',
    why='Sent from a compromised construction company mailbox at Beget with the tax office as display name; the FNS sends demands via the electronic reporting operator (TKS), never as an encrypted archive; the ZIP hides a .pdf.scr executable name.',
    tags=('password-protected archive', 'malware delivery (SCR in ZIP)', 'tax-office impersonation', 'compromised small-business mailbox')))

# ---------------------------------------------------------------- 38 Diadoc look-alike
url38 = 'https://diadoc-kontur.org/Login?returnUrl=%2FDocuments%2FInbox%2F7a41c2e0-1187'
p38 = """Здравствуйте!

В ящик организации ООО «Экзампл Груп Рус» в Диадоке поступил документ, который ожидает вашей подписи:

Отправитель: ООО «ШинТрейд» (ИНН %s)
Документ: УПД № 1187 от 20.11.2026 на сумму 1 184 640,00 руб.
Срок подписания: 27.11.2026

Перейти к документу: %s

Если документ не будет подписан в срок, отправитель может аннулировать его или направить уточнённый документ.

С уважением,
команда Контур.Диадок

Вы получили это письмо, так как подписаны на уведомления о новых документах в Диадоке.
""" % (TAX['shintrade_inn'], url38)
h38 = T.brand_html('Диадок', 'Новый документ ожидает подписи', [
    'Здравствуйте!',
    'В ящик организации <b>ООО «Экзампл Груп Рус»</b> в Диадоке поступил документ, который ожидает вашей подписи:'],
    'Перейти к документу', url38, color='#1f8fcf', charset='windows-1251', logo_text='Контур.Диадок',
    table=[('Отправитель', 'ООО «ШинТрейд» (ИНН %s)' % TAX['shintrade_inn']), ('Документ', 'УПД № 1187 от 20.11.2026'),
           ('Сумма', '1 184 640,00 руб.'), ('Срок подписания', '27.11.2026')],
    after_button=['Если документ не будет подписан в срок, отправитель может аннулировать его или направить уточнённый документ.'],
    footer='Вы получили это письмо, так как подписаны на уведомления о новых документах в Диадоке.')
add(Mail(
    'diadok-lookalike-upd', '2026-11-23 14:10:36', MAIL['ru_acc'],
    I.own_server('mail.diadoc-kontur.org', '185-104-113-42.cloudvps.regruhosting.ru', '185.104.113.42',
                 client_ip='185.104.113.42', mua='none', date_zone='RU', webmail=True),
    ('Контур.Диадок', 'noreply@diadoc-kontur.org'),
    'Вам пришёл документ от ООО «ШинТрейд»: УПД № 1187 — требуется подпись',
    alt(p38, h38, 'windows-1251', 'quoted-printable'),
    rcpt_name='Olga Vasilyeva', hcs='windows-1251', henc='B', sent_delta=2,
    what='"Kontur.Diadok" notification that a supplier\'s UPD (universal transfer document) awaits signature, with a login link.',
    why='Look-alike domain diadoc-kontur.org on a REG.RU VPS (real: diadoc.kontur.ru); link leads to a fake login page (EDO credential phishing) reusing a real supplier name and document number.',
    tags=('credential phishing: e-invoicing (EDO) portal', 'look-alike domain')))

# ---------------------------------------------------------------- 39 supplier requisites change
acc = BANK['shintrade_fake_acc']
p39 = """Добрый день, Ольга!

Уведомляем Вас об изменении банковских реквизитов ООО «ШинТрейд» в связи с переходом на расчётно-кассовое обслуживание в АО «ТБанк». С 01.12.2026 просим производить оплату по всем счетам, включая ранее выставленные, по следующим реквизитам:

Получатель: ООО «ШинТрейд»
ИНН %s / КПП %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Расчётный счёт в ПАО Сбербанк будет закрыт 30.11.2026, платежи на старые реквизиты банк будет возвращать.

Просим оплатить счёт № 1187 от 20.11.2026 на сумму 1 184 640,00 руб. по новым реквизитам до конца недели — от этого зависит отгрузка зимней партии.

Официальное письмо за подписью генерального директора во вложении. Подтвердите, пожалуйста, получение.

С уважением,
Андрей Петров
менеджер отдела продаж
ООО «ШинТрейд»
тел. +7 (495) 640-18-72
""" % (TAX['shintrade_inn'], TAX['shintrade_kpp'], acc, BANK['shintrade_fake_bik'], BANK['shintrade_fake_corr'])
add(Mail(
    'shintrade-smena-rekvizitov-lookalike', '2026-11-26 12:51:22', MAIL['ru_acc'],
    I.own_server('mail.shin-trade.ru', 'vm-45-141-103-77.aeza.network', '45.141.103.77',
                 client_ip='45.141.103.77', mua='thebat', date_zone='RU', lang='ru'),
    ('Андрей Петров', 'a.petrov@shin-trade.ru'),
    'Изменение банковских реквизитов ООО «ШинТрейд»',
    mixed(Text(p39, 'plain', 'windows-1251', '8bit'),
          pdf_att('Письмо_смена_реквизитов_ШинТрейд.pdf', [
              ('h1', 'ООО «ШинТрейд»'),
              ('small', '115230, г. Москва, Варшавское ш., д. 47, к. 4 · ИНН %s · КПП %s · ОГРН %s' % (
                  TAX['shintrade_inn'], TAX['shintrade_kpp'], TAX['shintrade_ogrn'])),
              ('p', 'Исх. № 418 от 25.11.2026'),
              ('p', 'Генеральному директору\nООО «Экзампл Груп Рус»'),
              ('h2', 'Уведомление об изменении банковских реквизитов'),
              ('p', 'Настоящим уведомляем, что с 01.12.2026 оплата по всем договорам и счетам в адрес ООО «ШинТрейд» '
                    'производится исключительно по следующим реквизитам:'),
              ('b', 'Р/с %s\nАО «ТБанк», г. Москва\nБИК %s\nК/с %s' % (acc, BANK['shintrade_fake_bik'], BANK['shintrade_fake_corr'])),
              ('p', 'Оплата по прежним реквизитам не будет считаться надлежащим исполнением обязательств.'),
              ('p', 'Генеральный директор ____________ В. С. Корнеев'),
          ], title='Смена реквизитов', author='Петров', style='rfc2231', charset='utf-8',
             creator='Microsoft® Word 2016', producer='Microsoft® Word 2016', created="20261125173012+03'00'")),
    rcpt_name='Olga Vasilyeva', hcs='windows-1251', henc='B', sent_delta=5,
    what='Tyre supplier ShinTrade announces new bank details (T-Bank) and asks to pay invoice No. 1187 there by the end of the week; forged letter PDF.',
    why='Look-alike domain shin-trade.ru (real: shintrade.ru) on an Aeza VPS with The Bat!; new settlement account (valid BIK key) at another bank, urgency tied to a real shipment.',
    tags=('BEC: supplier/carrier bank-detail change', 'look-alike domain', 'PDF lure')))

# ---------------------------------------------------------------- 40 "lawsuit" link
url40 = 'https://disk.yandex-docs.ru/d/pretenziya_47-2026'
p40 = """Добрый день.

Направляем в Ваш адрес досудебную претензию и проект искового заявления о взыскании задолженности по договору перевозки № 47/2026 от 12.02.2026 в размере 683 400 руб., а также неустойки за просрочку оплаты.

В случае непогашения задолженности в течение 5 рабочих дней исковое заявление будет направлено в Арбитражный суд г. Москвы, а расходы на госпошлину и представителя будут взысканы с Вашей организации.

Документы (претензия, акт сверки, расчёт неустойки) во вложении. Если архив не открывается, копия доступна по ссылке:
%s
Пароль к архиву по ссылке: 4726

С уважением,
юрист ТК «Магистраль»
Ковалёв С. А.
""" % url40
add(Mail(
    'arbitrazh-pretenziya-ssylka', '2026-12-04 15:37:58', MAIL['ru_mgr'],
    I.custom(('smtp60.i.mail.ru', 'smtp60.i.mail.ru', '94.100.177.120'),
             hops=[lambda ctx: 'by smtp60.i.mail.ru with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s' % (
                 ctx.frm_email, I.rs(ctx.rng, 4), I.rs(ctx.rng, 8, '0123456789ABCDEF'), I.rs(ctx.rng, 4),
                 I.rfc2822(I.plus(ctx.t_sent, 1), 'RU'))],
             msgid=lambda ctx: '<%d.%d@f512.i.mail.ru>' % (int(ctx.t_sent.timestamp()), ctx.rng.randrange(10 ** 8, 10 ** 9)),
             style='generic', tls='1.3', date_zone='RU', boundary='mailru',
             mailer=[('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[91.219.148.30]')],
             extra=[('X-7564579A', '78E4E2B564C1792B'), ('X-77F55803', lambda ctx: '4F1203BC0FB41BD9' + I.hx(ctx.rng, 48, True)),
                    ('X-Mailru-Src', 'mailbox')]),
    ('Юрист ТК «Магистраль»', 'tk.magistral.urist@mail.ru'),
    'Претензия и исковое заявление о взыскании задолженности по договору № 47/2026',
    mixed(alt(p40, T.simple_html(p40), 'utf-8', 'base64'),
          zip_att('Претензия_47-2026.zip', [('Претензия_исх_47-2026_от_03.12.2026.pdf.lnk', PLACEHOLDER)],
                  seed='ru-isk', when=(2026, 12, 4, 15, 20, 2))),
    rcpt_name='Dmitry Sokolov', henc='B', sent_delta=3,
    what='"Legal department" of a carrier sends a pre-trial claim and draft lawsuit over an unpaid transport contract as a ZIP, plus a backup "Yandex Disk" link with an archive password.',
    why='Free-mail look-alike of a real carrier (its genuine address is tk-magistral@yandex.ru), legal threat and deadline; the unencrypted ZIP holds a .pdf.lnk shortcut and the link goes to a fake Yandex Disk host (disk.yandex-docs.ru) serving a password-protected archive (malware delivery).',
    tags=('fake legal/court notice', 'malware delivery (LNK in ZIP)', 'malware delivery (link to archive)', 'free-mail sender', 'look-alike domain')))
