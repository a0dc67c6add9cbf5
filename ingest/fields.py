"""Reading field values: deadlines, packed values of several steps, text joined across rows."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, partial

from ingest.field_model import learned_field
from ingest.markers import LISTED_GLYPHS, parse_marker
from ingest.normalize import (
    ARROWS,
    MIDDLE_DOTS,
    SEMICOLONS,
    SOLIDI,
    VERTICAL_LINES,
    bracket_partner,
    brackets,
    clean_cell,
    compact,
    html_fragments,
    is_closing_bracket,
    squash_ws,
)

SENTENCE_END = "。！？；;!?"
# A deadline is a date or a period, told by its grammar: a 民國/AD year with months and days
# (`113年12月底`, `110年4月-12月`, `97 年 2 、3 月`), a dotted date (`106.05`), a month
# (`6月`), a range of them, or a short phrase naming a frequency or a standing duty (`全年`,
# `每月`, `每季1次`, `經常性辦理`).
_YEAR = r"(?:(?:中華)?民國?\s*)?[1-9]\d{1,3}\s*學?年度?"  # (民102年: the era abbreviated)  # (a school's 112學年度)
# `6月、12月`, a range of months with 月 once at its end (`4至12月`, `7-9月`); `97 年 10 日`: OCR reads 月 as 日
_MONTH = r"\d{1,2}(?:\s*月?\s*[、,]\s*\d{1,2})*(?:\s*(?:至|到|~|～|-|－)\s*\d{1,2})?\s*(?:月份?|日)"
_DAY = r"\d{1,2}\s*[日號]"  # (號: the day as it is spoken, `3月26號前`)
# what may follow a date: one part of the period (`底`, `上半年`, `中旬`), then up to two ends (`前`, `止`)
# (5月間: during May; a school's term: 下學期, 第1學期)
_EDGE = (r"(?:\s*(?:[上下]半年度?|全年度?|第\s*[一二三四1-4]\s*季|[上中下](?:[、及至或]?[上中下])?旬"
         r"|[上下]半月|[上下]學期|第\s*[一二12]\s*學期|年底|底|末|杪|初|中|間))?"
         r"(?:\s*(?:以前|之前|為止|前|止|起|開始|完成|完竣|結束|截止|辦理)){0,2}")
_QUARTER = r"第\s*[一二三四1-4]\s*(?:季|[至到~～-]\s*第\s*[一二三四1-4]\s*季)"
_POINT = (rf"(?:{_YEAR}(?:\s*(?:{_MONTH}(?:\s*{_DAY})?|{_QUARTER}))?|{_MONTH}(?:\s*{_DAY})?|{_QUARTER}"
          rf"|[1-9]\d{{1,3}}\s*[./／]\s*\d{{1,2}}(?:\s*[./／]\s*\d{{1,2}})?|(?:每年|每半年)\s*{_MONTH}"
          # a year, month and day joined by dashes (`99-8-25`, `2024-03-01`): all three, so never a range (`1-3`)
          rf"|[1-9]\d{{1,3}}-\d{{1,2}}-\d{{1,2}}(?!\d)"
          # a year and a month joined by a dash (`99-05`, `2024-3`): a year above 12 and a month up to 12,
          # so never a range (`1-3`, `20-30`)
          rf"|(?:1[3-9]|[2-9]\d|[1-9]\d{{2,3}})-(?:0?[1-9]|1[0-2])(?!\d))")
_DATE_RE = re.compile(rf"^{_POINT}{_EDGE}(?:\s*(?:至|到|~|～|-|－|—|–|起至|迄)\s*{_POINT}{_EDGE})?$")
# (done at once, as 隨辦 and 即時: `臨櫃即辦`, `即收即辦`)
_FREQUENCY = ("持續|經常|隨時|每日|每月|每季|每週|每周|每年|每半年|全年|長期|即時|不定期|定期|常態|常年|例行"
              "|按月|按季|按年|[上下]半年|即日起|視需要|依需要|隨到隨辦|隨辦|即辦|滾動|常駐|終年|逐案|隨案|每案"
              # until a quota or a stock is used up (`至額滿為止`, `售完為止`), over a span's turn (`跨年度辦理`)
              "|額滿|滿額|售完|用罄|發完|跨年度?|跨季|跨月")  # (滾動式辦理: on a rolling basis)
# `辦理` alone makes no period (`徵才活動辦理` is a measure): only after a word of manner, doing it
# as and when something requires (`配合上級規定辦理`, `依實際需要辦理`, `視情況辦理`)
_PERIOD_RE = re.compile(rf"^(?:[^\d\s]{{0,6}}(?:{_FREQUENCY})[^\d\s]{{0,4}}"
                        rf"|(?:配合|依|按|視|隨|照|遵照?|適時)[^\d\s]{{0,8}}辦理"
                        # the same unit of time as the act before it, 當 and any unit (`臨櫃申辦當場核發`, `收件當日辦結`,
                        # `受理當週回覆`); bare (`當日`) it names no act's time
                        rf"|[^\d\s]{{1,6}}當(?:場|日|天|週|周|月|季|年度?|次)[^\d\s]{{0,4}}"
                        # as a need or a schedule says (`依案件需要`, `視業務需求`, `依年度行事曆`, `按工作排程`)
                        rf"|(?:配合|依|按|視|照)[^\d\s，,。]{{0,6}}(?:需要|需求|行事曆|排程|時程|期程)"
                        rf"|(?:每|逐)[^\d\s]{{1,3}}\s*\d{{1,3}}\s*次(?:以上)?)$")
_DATE_PART = re.compile(r"^[\d、,~～\-年月日]+$")
# A unit that owns a measure, told by its suffix (…課 …室 …股 …科 …組 …中心, 各課室, 本所,
# 全體同仁); an owner cell is a run of them.
_UNIT_ROLE = re.compile(r"[（(](?:主辦|協辦|主協辦|主責|協助|協力|領銜|權責|支援|督導|配合|主政|會辦|[主協正副])[)）]"
                        r"|[（(](?:會辦|協辦|配合|協助)[^（）()]{2,12}[)）]"
                        r"|(?<=[\u4e00-\u9fff])(?:主辦|協辦|主責|協助|配合|主政|主導|為主|為輔|共同辦理|共同負責|負責|統籌|執行|督導|支援|協調"
                        # a unit's part in drafting or running it together (`秘書室主稿、人事室會稿`, `研考科擬定`,
                        # `甲組、乙組聯合辦理`, `甲課為主責，乙課從旁協助`)
                        r"|主稿|會稿|擬訂|擬定|研擬|規劃|聯合辦理|會同辦理|協同辦理|合辦|會辦|共辦|為主責|為主辦|為協辦|從旁協助|從旁配合"
                # a unit's stage of the work (`甲課受理，乙課審核`, `甲課初審、乙課複審`, `甲課承辦、乙室列管`, `甲科督考，乙所執行`),
                # or work across its sections (`甲組、乙組跨組辦理`, `跨科合作`)
                r"|受理|審核|審查|承辦|列管|初審|複審|覆核|複核|核定|指導|督考|考核|管考|追蹤|領銜|協力"
                # units taking turns (`甲組、乙組輪值`, `各科輪流承辦`, `各隊輪班`), calling or compiling and supplying
                # (`甲科召集`, `甲課彙整，各課提供資料`), the head's decision (`課長決行`, `秘書核判`), a case referred on (`甲組轉介`)
                r"|輪值|輪流(?:承辦|辦理|負責|執行|主辦)?|輪班|輪辦|召集|決行|核判|核決|彙整|彙辦|彙編|提供資料|提供|轉介|轉交|移送"
                r"|跨[\u4e00-\u9fff]{1,2}(?:辦理|合作|協調|執行|處理)"
                # a head directing, an officer watching (the bids, the count), signing and issuing, screening first, a
                # site split by area, a case assigned and opened, shifts taking turns or a roster of duty
                # (`甲官指揮，乙員執行`, `政風室監標`, `主任核章，技術員開立`, `甲組初篩`, `甲組與乙組依轄區分工`, `甲組派案，
                # 乙師開案服務`, `技術員日夜班輪替`, `審查官按月排班駐處`)
                r"|指揮|監標|監督|監辦|監票|核章|用印|開立|核發|初篩|篩選|分案|(?:依|按)(?:轄區|區域|地區|業務|路段)分工|分區辦理"
                r"|派案|開案(?:服務)?|結案|(?:日夜班|早晚班|[日夜早晚]班)?輪替|(?:按[日週月季])?排班(?:駐[\u4e00-\u9fff]{1,2})?"
                # a stage of testing a sample (`甲課採樣，乙室判讀`, `甲組採檢、乙所檢驗`), handling a case on or helping with
                # it (`相關機關續處`, `乙單位協處`)
                r"|採樣|採檢|檢驗|化驗|判讀|檢測|續處|續辦|接續辦理|協處"
                # turns taken by a rule, a shift system or a period, the work of the turn after it (`甲員依語別排班`,
                # `甲師按案量平均分案`, `甲員三班制輪值`, `甲員每週輪值晨間接送`, `甲師分區輪流巡診`)
                # (the shifts counted, the hours round the clock or the time slot of the turn, one after another: `甲員三班輪值`,
                # `甲官24小時輪值`, `甲組夜間門診時段輪值`, `甲員依病房兩班輪值`, `甲員輪值24小時營業`; the days of the week
                # of the turn, `甲員週二至週六下午輪值`; by turns: `甲員輪番巡查`, `甲組輪換值勤`)
                # (a rule of several words, the work of the turn before it, and shifts by the parts of the day: `甲台依預約時段派車輪值`,
                # `甲員依開放時段早晚輪班`; turns scheduled, `甲隊依轄區分組排定出勤`)
                # (or in a period of the year, `甲站於防汛期間三班輪值`)
                r"|(?:(?:依|按)[\u4e00-\u9fff]{1,7}?|於[\u4e00-\u9fff]{1,6}?(?:期間|時段)|於(?:例|國定)?假日|(?:加派|增派)(?:人力|人員)|延長(?:服務|上班|開放|辦公)時間|早晚|日夜|晝夜|每[日週周月季]|[一二兩三四]班制?|分區|分組|\d{1,2}\s*小時|(?:日間|夜間|晚間|早上|上午|下午|中午|週末|假日|平日|營業)(?:[\u4e00-\u9fff]{0,4}?時段)?|(?:週|周|星期)[一二三四五六日天](?:至|到|[-－~～])(?:週|周|星期)?[一二三四五六日天]|分(?:日夜|早晚|晝夜|早午晚)勤?){0,3}\s*(?:平均)?"
                # (or a system of turns adopted, of rest too, who stays on duty in a clause after it: `甲隊採輪休制，每日留守值班人員`,
                # `甲組實施輪班制`)
                r"(?:(?:採行?|實施|實行)\s*)?(?:輪值|輪流|輪班|輪番|輪換|排班|排定|分案|輪替|輪休)(?:\d{1,2}\s*小時)?[\u4e00-\u9fff]{0,4}(?<![人員])"
                # (on days off with more hands, `甲站於國定假日增派人員輪值`)
                # (with no day of rest in the year or on holidays after it, `甲員三班輪值，全年無休`, `乙組輪班，假日不打烊`)
                r"(?:[，,]?\s*(?:全年|全天候|假日|例假日|週末)(?:無休|不打烊|不休息|照常))?"
                # (hours extended, the turn till a clock time: `甲科延長服務時間輪值至晚間8時`, `乙站輪值到下午6點`)
                r"(?:(?:至|到)(?:晚間|晚上|夜間|下午|中午|上午)?\s*\d{1,2}\s*[時點])?"
                # (the work of the turn after it, never a person: `分案聯繫人` is a post)
                # (or split into shifts, the work of each after it: `甲員分早晚兩班巡查`, `甲員分日夜三班值勤`; round the clock,
                # `甲組12小時分兩班待命`)
                r"|(?:\d{1,2}\s*小時)?分[\u4e00-\u9fff]{0,3}[一二兩三四]班[\u4e00-\u9fff]{0,4}"
                # a stage of drafting, arranging or coordinating with its object (`甲課研擬作業計畫`, `甲組排定場次`, `乙組協調賽務`,
                # `丙室提供照顧`), or of investigating, surveying or assessing on site, with its object or not (`甲隊偵辦`,
                # `乙科採證鑑定`, `甲課派測`, `乙隊實地複丈`, `甲員評估需求`, `乙課會勘現場`, `丙組稽查`)
                # (straight after a unit's suffix, so no unit's own name is read as one: 輔具評估室, 外業測量分隊)
                # (or of drafting, taking in, signing in or helping with its object, `甲科擬定規則`, `乙課受理報名`, `丙室會簽意見`,
                # `丁組協助輔導立案`, `甲課辦理價購`, `乙股督導廠商`; of arriving on site first, `甲隊到場採證`, `乙組到府蒐證`)
                r"|(?<=[課室股科組班隊站台處員官所局心司])(?:研擬|規劃|排定|協調|提供|配合|擬定|擬訂|受理|會簽|協助|辦理|督導"
                r"|(?:實地|現場|到場|到府|到院)?(?:偵辦|採證|蒐證|鑑定|評估|派測|複丈|勘查|會勘|稽查|查核|派工))[\u4e00-\u9fff]{0,5})$")
# (`照顧組（主辦）`, `公墓管理課主辦`, `教務處統籌、各處室執行`: a unit and its part)
# An organisational unit by its grammar: a name (at most 8 characters) ending in a unit suffix
# (課 股 室 科 組 班 隊 中心 小組 本部 分隊 單位 機構 站 台 所 處 局 館 院 署 府 場 機關 …), a post
# (…員 as 會計員, 人事管理員; …主管; 社工 / 同仁 / 人員), or a collective (各… 本… 全體…).
# (…團 a corps of people, 志工團 服務團; …之家 a home run as an institution, 老人之家 兒童之家)
_UNIT_SUFFIX = ("課|室|股|科|組|班|隊|中心|本部|單位|機構|團隊|團|小組|人員|同仁|員工|工作人員|委員會|機關|主管|社工|志工"
                "|官兵|員警|職員|職工|幹部|義工"  # (the people of a corps as a whole: 全隊官兵, 全體員警, 全園職工)
                # a police officer by branch or rank (值日女警, 偵查隊刑警, 派出所警佐, 分駐所巡佐)
                "|(?<=[\u4e00-\u9fff])(?:女警|刑警|交警|警佐|巡佐|警官|警察)"
                # a guard or check post (漁港安檢哨, 進出港查驗哨, 山區檢查哨, 路口崗哨)
                "|(?<=[\u4e00-\u9fff])(?:哨|崗哨|哨所)"
                # a body the work is let out to (委託操作廠商, 維護承商, 保全公司)
                "|廠商|承商|包商|承攬商|公司"
                # (an operator bound to the office by a contract or a lease: 進駐業者, 委外業者, 營運業者; not a trade the
                # public practises, 種苗業者)
                "|(?:進駐|委外|合作|特約|簽約|承包|得標|受託|營運)業者"
                # (a group, a workshop or a representative taking a part of the work: 駐園表演團體, 動手做實驗坊, 原廠技術代表)
                "|(?<=[\u4e00-\u9fff])(?:團體|坊|代表)"
                "|服務台|服務臺|之家"
                # an association of the people a school or a place has, working beside its staff (家長會, 教師會, 校友會,
                # 社區發展協會)
                # (or any association of people by the kind of body it is: 學生家長聯誼會, 志工協會, 社區自治會, 商業公會)
                "|家長會|教師會|校友會|發展協會|(?<=[\u4e00-\u9fff])(?:聯誼|協|學|促進|後援|互助|自治|公|工)會"
                # a desk named by what is done there (接見登記處, 新生報到處, 旅客詢問處, 門診掛號處)
                "|(?:登記|報到|詢問|收件|掛號|收費|繳費|申辦|受理)處"
                "|[課股科組隊館所站班處局室廠臺台院場段校署園]長|主任|秘書"  # the head of a unit (課長, 股長, 秘書室主任, 主任秘書)
                "|承辦人|經辦人"  # the officer in charge (各業務承辦人)
                # or the one designated to a duty, named by it (陳情回復專人, 客服聯繫專人; a bare 專人 names no one)
                "|(?<=[\u4e00-\u9fff]{2})專責?人"
                # a post by its title (輔導中心幹事, 召集參謀, 勘查技士, 管理技正, 物業副理) and a counter (諮詢專櫃, 服務櫃檯)
                "|幹事|參謀|技士|技正|技佐|副理|經理|協理|襄理|專櫃|櫃檯|櫃臺|櫃台"
                # a post in a home, school or station by its duty (夜間舍監, 體育教練, 行政助理, 公務司機, 托育保母)
                "|舍監|教練|助理|司機|保母|褓姆"
                # a person by the role they hold (節目主持人, 會議召集人, 機關發言人), a line people call
                # (客服專線, 市民熱線), a hospital's ward or clinic (加護病房, 特別門診), a body
                # of staff (護理師群, 志工群)
                "|主持人|召集人|負責人|管理人|發言人|聯絡人|聯繫人|專線|熱線|病房|門診|[師員工]群"
                # (a window by the duty it is charged with, `規費收費窗口`, `陳情專責窗口`; not a service, `單一窗口`)
                "|(?:專責|聯絡|聯繫|收費|收繳|繳費|承辦|諮詢|收受|受理|收件)窗口"
                # (or by the task it handles, an object and its verb before it: `資格審查窗口`, `白皮書撰擬窗口`; never a
                # service's, `服務窗口`, `單一窗口`, nor one by its language, `英語窗口`)
                "|(?<=[\u4e00-\u9fff]{4})(?<!服務)(?<!單一)(?<![語文])窗口"
                # (or by the people it serves: `漁民服務窗口`, `外籍人士服務窗口`, `身障者服務窗口`; a bare 服務窗口 names
                # none, and one by its language is a service: `英語服務窗口`)
                "|(?<=[\u4e00-\u9fff])(?:民|人士|者|戶|客|生|工|家長|長輩)服務窗口"
                # a place where the work is done, by its work (護照收件區, 長者養護區, 維修工坊), a point of service or the
                # buildings of a venue (各服務據點, 所屬館舍)
                "|(?:收件|受理|服務|作業|諮詢|養護|照護|等候|評估)區|工坊|據點|服務點|館舍"
                # a site of works split into areas, each run by its own staff (各工區, 第二工區)
                "|工區"
                # a room by the work done in it (幼兒園廚房, 中央廚房, 電腦機房, 洗衣房)
                "|廚房|機房|洗衣房|配膳室"
                # an officer titled by a duty (行政執行官, 專利審查官, 稽查官, 教官), a body that meets (協調會報, 主管會議,
                # 聯席會, 品管圈), a booth, nursery or vault where the work is done (收費亭, 詢問亭, 苗圃, 保管庫), a corner
                # of a hall set apart for a service (諮詢專區, 申辦專區)
                "|[\u4e00-\u9fff]官|會報|會議|聯席會|工作圈|品管圈|管理圈|改善圈|(?:收費|售票|服務|詢問|崗)亭|苗圃|(?:保管|典藏|物料|器材)庫"
                "|(?:諮詢|服務|受理|申辦|洽公)專區|各區")
# (a unit named with the place it works in may be long: `地上樓層紀念大廳觀眾服務組`)
_UNIT_RE = re.compile(rf"^(?:[各本]|全體|\d{{3,4}})?[\u4e00-\u9fff()（）]{{0,12}}(?:{_UNIT_SUFFIX})$"
                      r"|^[\u4e00-\u9fff]{1,10}[員師]$|^本[會校家院署府部局處所館站]$|^[\u4e00-\u9fff]{1,5}(?:所|處|局|館|院|署|廳|部|部門)$|^[\u4e00-\u9fff]{2,5}司$|^(?:本|[\u4e00-\u9fff]{0,6}[政縣市])府$"
                      # (a body the office runs beside its own, attached to it: 附設幼兒園, 附設進修學校)
                      r"|^附設[\u4e00-\u9fff]{2,8}$"
                      r"|^[\u4e00-\u9fff]{2,5}[場廠]$|^[\u4e00-\u9fff]{1,5}(?<![階片時路地手])段$|^[\u4e00-\u9fff]{1,7}(?<!網)站$|^[\u4e00-\u9fff]{1,6}[台臺]$")
# (本所, 民事執行處, 護理站, 火化場, 製冰廠, 會計員, 諮詢服務台, 信用部, 資訊部門, a ministry's department 綜合規劃司;
# not …網站, 現場, 動員)
# a unit's contact in brackets after it: its officer by title and name (`（承辦人：王○○）`, `(聯絡人 陳先生)`)
_CONTACT = re.compile(r"[（(]\s*(?:(?:聯絡人|連絡人|承辦人|經辦人|承辦|窗口|聯絡窗口)\s*[:：]?\s*[^（）()]{1,8}"
                      # (or a phone number: `（連絡電話：03-5518101轉212）`, `（24小時值班電話：…）`,
                      r"|[\u4e00-\u9fff\d]{0,6}電話\s*[:：]?\s*[\d\-－#＃轉分機()（）\s]{6,24}"
                      # an address to write to: `（電子信箱：a@b.gov.tw）`, `（LINE官方帳號：@abc）`, `（傳真：02-1234567）`)
                      r"|(?:電子信箱|電子郵件|信箱|[Ee]-?[Mm]ail|LINE[\u4e00-\u9fff]{0,6}|傳真|網址|官網|(?:線上)?客服(?:專線|信箱)?)"
                      r"\s*[:：]\s*[^（）()]{1,40}"
                      # a phone by its English or mobile label, an extension after it (`（TEL：02-2345-6789 ext.12）`,
                      # `（手機：0912-345-678）`), a social-media page (`（FB粉絲專頁：…）`, `（IG：@abc）`), a
                      # numbered hotline and its hours (`（1999市民專線，全天候受理）`)
                      r"|(?:[Tt][Ee][Ll]|[Pp]hone|手機|行動電話|市話)\.?\s*[:：]?\s*[\d\-－()（）\s]{6,20}(?:\s*(?:[Ee]xt|分機|轉|#)\.?\s*\d{1,5})?"
                      r"|(?:[Ff]acebook|FB|臉書|IG|[Ii]nstagram|YouTube|Line|粉絲專頁)[^（）():：]{0,10}[:：]\s*[^（）()]{1,40}"
                      r"|\d{3,4}[\u4e00-\u9fff]{0,6}(?:專線|熱線)(?:[，,、\s][^（）()]{1,20})?"
                      # where to find it: a place to call in person, a street or post address, a counter
                      # (`（洽公地點：本部1樓）`, `（地址：…）`, `（郵政信箱：…）`, `（臨櫃：第3號窗口）`)
                      r"|(?:洽公|服務|辦公|受理)?(?:地點|處所|地址|住址)\s*[:：]\s*[^（）()]{1,40}"
                      r"|(?:郵政信箱|郵寄地址|通訊地址|臨櫃|櫃[台臺檯]|窗口)\s*[:：]\s*[^（）()]{1,40}"
                      # how to reach it: by appointment, by video, by scanning a code (`（視訊諮詢採預約制）`, `（掃描QR Code預約）`)
                      r"|[^（）():：]{0,12}(?:預約|視訊|掃描|QR\s?[Cc]ode|條碼)[^（）():：]{0,12}"
                      # by a phone menu, a message left, a ticket drawn, an app, a referral, a form online
                      # (`（語音查詢請按3）`, `（下班後請留言）`, `（現場抽號碼牌）`, `（下載「掌上通」App）`, `（請洽各區辦公室）`, `（線上報名）`)
                      r"|[^（）()]{0,16}(?:請按|按\s*\d|語音|留言|取號|抽號|號碼牌|[Aa][Pp][Pp]|應用程式|請洽|轉洽|轉介|線上(?:登記|報名|填報|預約|申請))[^（）()]{0,16}"
                      # by registering or drawing lots, proving who one is, a bot that answers, what to bring, a limit a
                      # person has (`（現場登記，每人限用1小時）`, `（採抽籤）`, `（須以自然人憑證驗證）`, `（智慧客服「小幫手」）`,
                      # `（請攜帶身分證）`)
                      r"|[^（）()]{0,16}(?:登記|抽籤|憑證|驗證|客服|機器人|攜帶|每人限)[^（）()]{0,16}"
                      # how the public may or must reach it, or what it offers them (`（家長可透過聯絡簿反映）`, `（團體參訪須於
                      # 14日前備函申請）`, `（請拍照回傳）`, `（採匿名方式受理）`, `（提供英語及日語服務）`)
                      r"|[^（）()]{0,16}(?:可|請|須|需|得|採)[^（）()]{0,16}(?:反映|申請|受理|回傳|來電|洽詢|諮詢|聯繫|聯絡)[^（）()]{0,10}"
                      r"|提供[^（）()]{1,20}(?:服務|諮詢))[)）]")
# a short aside after a unit's name (`資訊處（總公司）`, `清潔隊（含各分隊）`): where or what it covers
# (or a word of advice to the public calling there, what to bring or whom to ask: `（接見請攜帶證件）`, `（申辦可洽2樓）`)
# an aside in brackets closing a member of a list of units (before a list mark or at the end), whatever it holds,
# its own list marks and joining words too: what one asks of the public there (`甲組（申請請附照片及來源說明）`)
# (or glossing a word inside the member's name, the name going on after it: `營養繁殖（扦插、嫁接）作物課`)
# a duty named by its work, the staff who take it in turn in its aside (`開園前試運轉（機電人員A、B組隔日輪替）`)
# (the aside names the staff: a unit's or a post's word, `各科`, `拍賣員`, `A、B組`; not `（每月輪流）`, a time)
_ROSTER = re.compile(r"[\u4e00-\u9fff]{2,16}[（(](?=[^（）()]*(?:[組科課班員隊局處室股站所]|同仁))[^（）()]{0,20}"
                     r"(?:輪值|輪替|輪流|輪巡|輪班|輪派|輪守|輪調)[^（）()]{0,6}[)）]")
_A_UNIT = "值勤組"  # (what a roster is read as: a unit, as the grammar knows one)
_MEMBER_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()]{1,30}[)）](?=$|[、,，;；/／\u4e00-\u9fff])")
_UNIT_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:[^（）():：]{1,6}|[^（）()]{0,8}(?:請|可|須|需)[^（）()]{1,16})[)）]$")
# (a case taken in by one unit and referred on to the next: `甲組受理後轉介乙坊`, `甲課審核後移送乙室`)
# (or sent on or up: `甲組初篩，疑義案件陳報乙部`; or staff one sends in turn to another: `各分處按月輪派鑑定員`)
# (a comma may stand before the referral: `甲組評估後，轉介乙所`; staff sent by a rule: `甲科依值勤表輪派管理員`)
# (or an arrow of any form, the case passed on from one unit to the next: `甲組→乙組→丙組（依序會辦）`)
# (a plus sign between digits is a mileage's, `K0+000至K38+500路段`, no separator)
_UNIT_SEPARATORS = re.compile(rf"(?:[、,，/／;；及與和暨&＆\s{ARROWS}]|(?<![\dA-Za-z])[+＋]|偕同|會同|協同|會辦"
                              r"|(?:受理|審核|審查|初審|評估)後[，,]?\s*(?:轉介|轉交|移送|移交|送交?)"
                              r"|(?<=[，,])[\u4e00-\u9fff]{2,4}?(?:案件|個案|事項)(?:陳報|轉陳|報請|送請|移請)"
                              r"|(?:(?:按|依)[\u4e00-\u9fff]{1,4}?)?(?:輪派|調派|派駐|輪調))+")
# (nor is work across sections, `…組跨組`, a unit: `甲組、乙組跨組辦理` names the units before it)
_NOT_UNIT = re.compile(r"^[\u4e00-\u9fff]?(?:動員|成員|會員|學員|場)$|跨[課股室科組處局隊站]$|(?:處所|場所|住所|好處|用處|平台|舞台|後台|前台)$"
                       r"|(?:器官|感官|五官|長官|外交官)$")  # (organs and senses are no officers)


def arabic_date_numbers(text: str) -> str:
    """Numbers of a date written in CJK numerals, as formal and legal text writes them, in digits:
    `一百一十五年六月底前` → `115年6月底前`, `一一五年十二月三十一日` → `115年12月31日`."""
    return _CJK_DATE_NUMBER.sub(lambda m: str(_cjk_value(m.group(1))) + m.group(2), text)


_CJK_DIGITS = {d: i for i, d in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_CJK_DATE_NUMBER = re.compile(r"([〇零○一二三四五六七八九十百]{1,6})(年|月|日)")


def _cjk_value(numeral: str) -> int:
    if not re.search(r"[十百]", numeral):  # digit by digit: 一一五 → 115
        return int("".join(str(_CJK_DIGITS[ch]) for ch in numeral))
    value, digit = 0, 0
    for ch in numeral:
        if ch in "十百":
            value += (digit or 1) * (10 if ch == "十" else 100)
            digit = 0
        else:
            digit = _CJK_DIGITS[ch]
    return value + digit


# A time told by a threshold reached: a rate, count or sum reaching a figure, then 時 or 後 (`預算執行率達50%時`,
# `申請案件累計達100件後`, `報名人數滿30人時`)
_THRESHOLD = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:累計)?(?:達到|達|滿|超過|逾|突破)\s*\d+(?:\.\d+)?\s*"
                        # (or a span of time passed since an event: `到職滿6個月後`, `開辦滿3年時`)
                        r"(?:%|成|件|人次|人|次|萬元|元|億元|個月|個|家|場|戶|筆|週|星期|天|日|年|小時)?\s*(?:以上)?\s*(?:時|後|之時|當日|當月)$")


def is_deadline(text: str, *, with_act: bool = True) -> bool:
    """True for a value a deadline column holds: `107年 4月`, `106.05`, `每季辦理`, `經常性辦理`,
    `汛期（5至11月）`, `收件後7日內`."""
    value = _WEEKDAY_GLOSS.sub("", _INCLUSIVE.sub("", arabic_date_numbers(unicodedata.normalize("NFKC", squash_ws(text)))))
    if _is_date_or_period(value) or _THRESHOLD.match(value):
        return True
    named = _NAMED_PERIOD.match(value)  # a season or period named, its dates in brackets: 汛期（5至11月）,
    if named and _is_date_or_period(named.group(2)) and (  # or a frequency glossed with them: 每年2次（4月、10月）
            re.fullmatch(r"[\u4e00-\u9fff]{1,6}", named.group(1)) or _is_date_or_period(named.group(1))
            or is_deadline(named.group(1))):  # (or a time told by an event, glossed with its date: 汛期結束後（10月底）)
        return True
    relative = _RELATIVE_TIME.match(value)  # a time limit counted from an event: 收件後7日內, 連續假期前1週
    if relative or _EVENT_DAY_COUNT.match(value):  # (or from the day after it: `收件翌日起算5個工作日內`)
        return True
    if (span := _SPAN_TO_EVENT.fullmatch(value)) and is_deadline(span.group(1)):  # (`103年7月4日起至驗收合格日止`)
        return True
    # (or from a date, which stands where the event does: `107年3月11日後第1個上班日`, `6月30日前2週`)
    dated = _DATED_OFFSET.match(value)
    if dated and is_deadline(dated.group(1)):
        return True
    event_day = _EVENT_DAY.match(value) or _SENT_WITH.match(value)  # the day of an event, its date first: `115年5月1日開幕當天`
    if event_day and is_deadline(event_day.group(1)):  # (or sent along with a mailing: `115年3月1日隨稅單寄送`)
        return True
    from_date = _FROM_DATE.match(value)  # a span counted from a date, or the act done on it: `115年3月1日起算30日內`, `…屆期`
    if from_date and (from_date.group(1) is None or _DATE_RE.match(from_date.group(1))):
        return True
    if _milestones(value):  # (several milestones in one: `6月底前完成第1次、年底前完成第2次`, `期中（6月）及期末（12月）`)
        return True
    if _STATE_TURNS.match(value) or _AS_WARRANTED.match(value) or _ACT_STARTS.match(value):
        return True  # (`燈號轉為黃燈時`; `視報名人數逐期開班`; `颱風警報發布時`)
    if _to_an_event(value):
        return True
    every = _FROM_DATE_EVERY.match(value)  # a span from a date, done so often: `自106年7月起每半年辦理1次`
    if every and is_deadline(every.group(1)) and is_deadline(every.group(2) + every.group(3)):
        return True
    planned = _SET_FOR.match(value)  # a time set or planned for it, then the time: `訂於5月1日舉行`, `預計於6月底前上線`
    if planned and re.match(_POINT, planned.group(1)) and is_deadline(planned.group(1)):  # (a date first: `於服務台設置` is a place)
        return True
    aside = _DATE_ASIDE.match(value)  # a note on how the date counts after it: `97年3月13日前（郵戳為憑）`
    if aside and is_deadline(aside.group(1)):
        return True
    # (a time glossed inside with its dates, `梅雨季（5、6月）來臨前`: a time without the gloss)
    glossed = _DATES_GLOSS.search(value)
    if glossed and 0 < glossed.start() and glossed.end() < len(value) and _is_date_or_period(glossed.group(1)) \
            and is_deadline(value[: glossed.start()] + value[glossed.end():]):
        return True
    return _dated_event(value) or with_act and _time_then_act(value)


def is_event_time_only(text: str) -> bool:
    """A deadline the grammar reads by an event alone, no part of the calendar in it (`颱風季節來臨前`, `孕婦產前檢查`):
    what it is may be a name as well, for the field model to tell."""
    return not _TIME_PARTS.search(text) and not re.search(r"\d", text) and is_deadline(text)


# the act done by a time, after it: a short verb phrase, maybe counted (`彙整`, `全數結案`, `檢討一次`, `辦理2次`)
_ACT_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[一二兩三四\d]次)?")


def _time_then_act(value: str) -> bool:
    """A time, then the act done by it, whatever the verb (`每月10日前彙整`, `年底前全數結案`, `每雙週檢討一次`): a
    start the grammar reads as a time (an act of its own not read again) closed by its bound (前, 內, 止, 底), or
    an act counted, a short act after it; a frequency before a bare act is a measure's opening (`每月抽查服務台`)."""
    if not 4 <= len(value) <= 18:
        return False
    counted = re.search(r"次$", value) and re.match(r"\d|[每第本當次翌自迄至逢隔]", value)  # (a time opens it: no `設置…起每季…`)
    return any(_ACT_AFTER.fullmatch(value[k:]) and (re.search(r"(?:前|內|止|底)$", value[:k]) or counted)
               and is_deadline(value[:k], with_act=False) and not _a_time_too(value[k:]) for k in range(len(value) - 2, 1, -1))


def _a_time_too(act: str) -> bool:
    """The words after a time are a second time, no act (`…召開前` then `每年寒暑假前`, `…止` then `每半年1次`: two
    cells run together): a bound closing them, a unit of the calendar in them, or a time the grammar reads."""
    if _CONTINUED_ACT.fullmatch(act):
        return False  # (an act carried on to the bound, `迄…止持續辦理`: the adverb of going on is the act's, no frequency)
    return bool(re.search(r"(?:前|後|內|止|底|時)$|[年月日週周季旬]", act)) or is_deadline(act, with_act=False)


# an adverb of going on and a verb of doing: the act carried on (`持續辦理`, `繼續推動`)
_CONTINUED_ACT = re.compile(r"(?:持續|繼續|陸續|延續)(?:辦理|執行|推動|實施|進行|運作|提供|受理)")


# a time, then an event in it and the bound it sets (`115學年度第1學期開學前`, `115年汛期結束後`, `第2季考評時`)
_DATED_EVENT = re.compile(r"^(.{2,16}?[\d年度季月日週期])([\u4e00-\u9fff]{2,8})(?:之前|以前|前|後|時)$")


def _dated_event(value: str) -> bool:
    """A point before or after an event of a dated period, the period told by what it is (a date or period the
    grammar reads, the longest), the event by any words."""
    bound = re.search(r"(?:之前|以前|前|後|時)$", value)
    if not bound or not re.match(r"\d|[第每本當次翌]", value):
        return False
    body = value[: bound.start()]
    # (the period is a span, not a time closed by its bound and its act: `108年9月上旬前辦妥` then `頻率核配作業前` are
    # two times run together)
    return any(_is_date_or_period(body[:k]) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", body[k:])
               and not re.search(rf"(?:前|後|內|止)(?:{_FINISH}|辦理)?$", body[:k]) for k in range(len(body) - 2, 1, -1))


# the words that set or plan a time before it (訂於, 定於, 預計於, 預定在, 擬於, 將於; a bare 於), or set it as the latest
# (至遲於, 最遲在, 最晚於)
# (or binds it, a word of duty or limit before 於: 限於, 須於, 應於, 務於, 必須在)
_SET_FOR = re.compile(r"^(?:(?:訂|定|預計|預定|擬|將|排定|安排|至遲|最遲|最晚|至晚|限|須|需|應|務|務必|必須)\s*)?(?:於|在)\s*(.+)$")


# A time told by an act or a state of things that starts, is announced or is lifted (`限水措施啟動時`, `颱風警報發布時`,
# `應變中心開設之時`, `警戒解除當日`), as by a state turning to another
_ACT_STARTS = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:啟動|發布|發佈|發出|展開|解除|開設|成立|宣布|宣告|公布)(?:時|之時|當日|當天)$")
# A time told by a signal or state turning to another (`水位燈號轉為紅燈時`, `警戒層級提升為二級後`, `疫情降為一級期間`)
_STATE_TURNS = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:轉為|轉成|轉換為|變為|變更為|提升為|升為|降為|調降為|調升為|改為)"
                          r"[\u4e00-\u9fff\d]{1,6}?(?:時|後|之時|期間)$")
# A time set as a count or need warrants (視 and what it depends on, then 而定 or batches: `視申請件數分批辦理`,
# `視天候狀況而定`)
_AS_WARRANTED = re.compile(r"^視[\u4e00-\u9fff]{2,8}?(?:而定|(?:逐|分|按)\s*(?:期|批|梯次?|次|場)[\u4e00-\u9fff]{0,4})$")
# A span from a date or time to an event or another time (`112年7月起至下一學年度開學前`, `每年3月至颱風季結束後`)
_TO_EVENT = re.compile(r"^(.{2,16}?)\s*起?\s*(?:至|到|迄)\s*(.{2,14})$")


def _to_an_event(value: str) -> bool:
    """A span from a date to an event (`…起至下一學年度開學前`): a range of dates is the date grammar's, and a frequency
    after one (`95年6月至12月經常辦理`) none."""
    match = _TO_EVENT.match(value)
    return bool(match) and _DATE_RE.match(match.group(1)) is not None and (
        bool(_RELATIVE_TIME.match(match.group(2))) or bool(_STATE_TURNS.match(match.group(2))))


# A span from a date, then how often the work is done in it, the verb of doing before the count (`自106年7月起每半年辦理1次`,
# `115年3月起每季執行2次`): the date and the frequency each a time
_FROM_DATE_EVERY = re.compile(r"^((?:自|從)?\s*.{2,12}?起)\s*(每[\u4e00-\u9fff\d]{1,4}?)\s*(?:辦理|執行|實施|舉辦)\s*(\d{1,2}\s*次)$")
_SENT_WITH = re.compile(r"^(.{3,16}?)\s*隨[\u4e00-\u9fff]{1,8}?(?:發送|寄送|附送|分送|發放|寄發|送達)$")
# a milestone's name before or after its time: the first or second time (`第1次`, `完成第2次`), mid-term and final
# (`期中`, `期末`), a stage (`第一階段`, `初審`/`複審`)
_MILESTONE = re.compile(r"^(?:第\s*[\d一二三四五]\s*(?:次|階段|期)|期中|期末|初期|中期|末期|首次|最終)\s*|(?:完成|辦理)?第\s*[\d一二三四五]\s*(?:次|階段)$")


def _milestones(value: str) -> bool:
    """Two or more milestones, each a time with its name (`第1次115年5月，第2次115年12月`, `期中（6月）及期末（12月）`)."""
    parts = [p for p in (part.strip() for part in _clauses_at(value, r"[、，,；;]|及|與|和")) if p]
    if len(parts) < 2 or not all(_MILESTONE.search(p) for p in parts):
        return False
    for part in parts:
        bare = _MILESTONE.sub("", _MILESTONE.sub("", part)).strip()
        bare = bare[1:-1] if len(bare) > 2 and bare[0] in "（(" and bare[-1] in "）)" else bare
        if not bare or not is_deadline(bare):
            return False
    return True


def _clauses_at(text: str, separators: str) -> list[str]:
    parts, start = [], 0
    for match in re.finditer(separators, text):
        if _bracket_depth(text[: match.start()]) == 0:
            parts.append(text[start: match.start()])
            start = match.end()
    return [*parts, text[start:]]


# a date, then the event held that day and 當日/當天 (`115年5月1日開幕當天`, `3月8日投票當日`)
_EVENT_DAY = re.compile(r"^(.{3,16}?[日號])\s*[\u4e00-\u9fff]{1,8}(?:當日|當天)$")
# a bracketed gloss of dates (`（5、6月）`, `（10月至翌年3月）`)
_DATES_GLOSS = re.compile(r"[（(]([^（）()]{1,16})[)）]")
# a count of days from the day after an event (`收件翌日起算5個工作日內`, `驗收合格次日起14日內`)
_EVENT_DAY_COUNT = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:翌日|次日|當日)起算?\s*\d{1,3}\s*個?(?:工作|日曆)?(?:日|天)內$")
# a span from a time to an event's day (`103年7月4日起至驗收合格日止`): a time whose start the grammar reads
_SPAN_TO_EVENT = re.compile(r"(.+?)起至[\u4e00-\u9fff\d]{1,12}止")


# a date, then a short note without numbers in brackets (`（郵戳為憑）`, `（視預算調整）`), or naming the day by an
# ordinal (`（第2學期開學日）`, `（第3次會議）`)
_DATE_ASIDE = re.compile(r"^(.{2,30}?)\s*[（(](?:[^()（）\d]|第\s*\d{1,2}){2,12}[)）]$")
_FINISH_WORDS = "完成|辦竣|完竣|辦妥|辦結"  # (the verbs of finishing an act, as _FINISH below)
# a date, then a span counted from it (`起算30日內`, `起連續3日`, `起6個月`), its end (`屆期`, `屆滿`, `到期`), or the act
# done on it in a word or two (`前掛網公告`, `開放預約`, `辦理首場`, `第1次拍賣`)
_FROM_DATE = re.compile(r"^(?:自|從)?\s*(.{3,16}?(?:[日月]|(?<=\d)[./／]\d{1,2}(?=\D)))\s*(?:"
                        r"(?:起算|起連續|算起|起)\s*\d{1,3}\s*個?\s*(?:日|天|週|星期|月|年|工作天|工作日|營業日)內?"
                        # (or lasting so long from it: `起，為期2週`, `起為期3個月`)
                        r"|起\s*[，,]?\s*為期\s*\d{1,3}\s*個?\s*(?:日|天|週|星期|月|年|工作天|工作日|營業日)"
                        # (or an act lasting so long from it: `起試行半年`, `起試辦3個月`, `起實施一年`)
                        r"|起\s*[\u4e00-\u9fff]{2}\s*(?:半年|[\d一二兩三四五六七八九十]{1,3}\s*個?\s*(?:日|天|週|星期|月|年|工作天|工作日))"
                        # (never a frequency: `95年6月至12月經常辦理` is no act of a day)
                        # (the act in a short verb phrase with its object: `前簽陳首長核定`, `前分送各單位`, `起逐步擴大實施`)
                        # (from the date, `自5月1日起受理申請`; by it, the act finished, `前完成年度盤點作業`, `前辦竣系統上線驗收`)
                        r"|屆期|屆滿|到期|期滿|(?:以前|之前|[前起])?\s*(?:第\s*\d{1,2}\s*[次場梯]\s*)?(?:(?:" + _FINISH_WORDS + r")\s*)?"
                        r"(?!.*(?:" + _FREQUENCY + r"))[\u4e00-\u9fff]{2,6}"
                        # (or its instalments from it: `起分3期辦理`, `起分2梯次`)
                        r"|起?\s*分\s*\d{1,2}\s*(?:期|次|梯次?|階段)\s*(?:辦理|實施|執行|完成)?)$"
                        # a year and a period of it named (`115年寒假期間`, `115年度汛期間`), or periods coordinated before the
                        # head they share (`106年度寒、暑假期間`, `115年春、秋季期間`)
                        r"|^(?:民國)?\d{2,3}\s*年度?\s*(?:[\u4e00-\u9fff][、及與和])*[\u4e00-\u9fff]{1,4}期間$")


def _is_date_or_period(value: str) -> bool:
    return bool(_DATE_RE.match(value) or _PERIOD_RE.match(value) or _is_time_phrase(value))


# the parts of a day in words (`清晨5時`, `傍晚6點`, `晚間`)
_DAYPART = "上午|下午|晚上|早上|中午|凌晨|夜間|清晨|早晨|傍晚|晚間|深夜|午前|午後|午間|黃昏"
# kinds of day a time limit counts (`15個日曆天`, `3個工作天`, `5個營業日`)
_DAY_COUNT = "工作天|工作日|日曆天|日曆日|營業日|上班日"
# a date, then a count of days or an ordinal day counted from it (`107年3月11日後第1個上班日`, `6月30日前2週`)
_DATED_OFFSET = re.compile(rf"^(.{{3,16}}?[日月])\s*[前後]\s*第?\s*\d{{1,3}}\s*個?\s*(?:{_DAY_COUNT}|日|天|週|星期|個月)內?$")
# `99年5月3日（含）前`: the day itself included
_INCLUSIVE = re.compile(r"\((?:含|包含)(?:當日|當天)?\)")
# `99年5月3日（星期一）前`, `5月3日(週五)止`, `3日(一)`: a day glossed with its weekday is that day
_WEEKDAY_GLOSS = re.compile(r"(?<=[日號])\s*\((?:星期|週|周|禮拜)?[一二三四五六日天]\)")
# a short name of a season or period and its dates in brackets (`旅遊旺季（7至8月）`, `全年（1月至12月）`)
_NAMED_PERIOD = re.compile(r"^([^()]{1,12}?)\s*\(([^()]{1,20})\)$")
# an event (a short verb phrase) then 前/後 and a duration or an end (`受理後3個工作天內`, `接獲通報後24小時內`,
# `汛期前完成`), or the span of one (`計畫期間內`, `活動期間`)
# (the event may be named with its numbered parts: `一、二期稻作收穫期間`)
# (or with its seasons or other short parts listed: `春、秋兩季預防注射期間`, `寒、暑假營隊期間`)
_RELATIVE_TIME = re.compile(r"^(?:(?:[一二三四五六七八九十\d]{1,2}[、,及與和])+[一二三四五六七八九十\d]{1,2}[\u4e00-\u9fff]{1,8}?"
                            # (an event named at length, where and what: `校區年度消防總檢查前`)
                            r"|(?:[\u4e00-\u9fff][、,及與和])+[\u4e00-\u9fff]{2,10}?|[\u4e00-\u9fff]{2,16}?)"
                            # (the span or the ordinals of it after the event, several in one: `畢業後第1、3、6個月`, `開學後第1週`)
                            r"(?:[前後]\s*(?:(?:第\s*)?(?:\d{1,3}|[一二兩三四五六七八九十半])(?:\s*[、,及與和]\s*(?:\d{1,3}|[一二兩三四五六七八九十]))*\s*個?"
                            rf"(?:{_DAY_COUNT}|天|日|小時|分鐘|週|周|星期|月|年))?\s*(?:內|以內|前|完成|辦理)?|期間內?|時間內|時段內"
                            # (within any span of the event, told by the span's head word before 內: `換發期程內`, `申請期限內`,
                            # `汛期內`, `輪值時程內`)
                            r"|[\u4e00-\u9fff]?[間程段限期]內"
                            # (at once after it: `受理報案後立即辦理`, `接獲通報後即時處理`, `收件後隨即執行`)
                            r"|後\s*(?:立即|即時|隨即|立刻|馬上|當即)\s*(?:辦理|處理|執行|通報|完成)?"
                            r"|(?:當日|當天|當週|當月)(?:內|前|完成|辦理)?)$")  # (the day of the event itself: 收案當日, 申請當天)


# A date or period told by its parts: what is left once every date, time unit, frequency word,
# start/end word and count is taken away is at most a connective (`即日起至113年12月31日止`,
# `每季終了後1個月內`, `上、下半年各1次`, `113年7月起持續辦理`, `每雙月`, `短期`).
_TIME_PARTS = re.compile(
    # a weekday first (每週三, 每週一、三、五: before 每週 alone)
    # (the odd or even months or weeks, `逢單月辦理`; a weekday counted in its month, `每月第3個星期三`)
    r"逢[單雙奇偶]數?(?:月|週|周|日)|第\s*(?:\d|[一二三四五])\s*個?(?:週|周|星期|禮拜)[一二三四五六日天]|"
    r"每逢[\u4e00-\u9fff]{2,6}|(?:每逢|每|逐|隔)?(?:週|周|星期|禮拜)[一二三四五六日天](?:\s*[、,及]\s*[一二三四五六日天])*|"
    rf"{_POINT}|[1-9]\d{{0,3}}\s*[./／]\s*\d{{1,2}}(?:\s*[./／]\s*\d{{1,2}})?"
    rf"|[1-9]\d{{0,2}}\s*(?:個月|個?(?:{_DAY_COUNT})|天|日|週|周|星期|季|年|次|場|小時|分鐘)"
    r"|按(?:月|季|年|週|周|日|旬)|(?:每|逐|隔)(?:[一二兩三四五六半雙單]|\d{1,2})?\s*個?(?:學?年度|學?年|月|季|週|周|日|天|旬|星期|學期)"
    # a month of the next or the same year, one point (`每年9月至翌年2月`, `同年12月31日止`)
    rf"|(?:次|翌|隔|同|當|明)年度?\s*{_MONTH}(?:\s*{_DAY})?"
    # the same month or period of the next year (`翌年同月`, `次年同期`, `隔年同季`)
    r"|(?:次|翌|隔|明)年度?\s*同(?:月|期|季|日|週|周)"
    r"|(?:次|翌|隔)(?:年度?|月|季|週|周|日|學期)"  # the next one (`次月5日前`, `翌年1月`)
    # the period a date falls in (`115年3月2日當週`, `每月15日當天`), the last or first of a period
    # (`12月最後1週`, `每月最後一個工作日`, `每季首日`), the end or start of the working day (`下班前`, `午休前`)
    r"|(?<=[日號月])\s*(?:當|同)(?:週|周|月|季|日|天)"
    # the end of the period the date falls in (`…至當月底`, `同年底`, `本季末`), an hour after a date (`…28日24時前`)
    r"|(?:當|同|本)(?:年度?|月|季|週|周)(?:底|末)|(?<=[日號])\s*\d{1,2}\s*[時點](?:\s*\d{1,2}\s*分)?整?"
    rf"|(?:最後|最末|首)\s*(?:\d{{1,2}}|[一二兩三])?\s*個?(?:{_DAY_COUNT}|週|周|星期|天|日|旬)"
    # (the first or last month, week or day of the period before it: `每季末月`, `每年首月`, `每月末週`)
    r"|(?<=[季年度月週周])[首末](?:月|週|周|日|旬)"
    r"|上班|下班|午休|收班|打烊|營業結束"
    # days and hours of the week or the year that are no date (`週休二日及國定假日`, `夜間及例假日`, `上班時間`)
    # a time of day, by the clock or in words (`06:00至22:00`, `上午9時至下午5時`, `晚上7點半`)
    rf"|(?:{_DAYPART})?\s*\d{{1,2}}\s*[:：]\s*\d{{2}}|(?:{_DAYPART})\s*\d{{1,2}}\s*[時點](?:\s*\d{{1,2}}\s*分|半)?"
    rf"|\d{{1,2}}\s*時\s*\d{{1,2}}\s*分|(?<=[至到~～\-－])\s*\d{{1,2}}\s*[時點](?:\s*\d{{1,2}}\s*分|半)?|[零〇]時|(?:{_DAYPART}|全天(?!候)|整天)"
    # days of a month named by number (`每月逢5、15、25日`), days a venue is open (`開館日`)
    r"|逢\s*\d{1,2}(?:\s*[、,]\s*\d{1,2})*\s*[日號]|(?:開館|開放|休館|上班|營業|工作)日"
    r"|週休[二2兩]日|(?:國定|例|連續|例休|休)?假日|[夜日]間|上班(?:時間|日)|辦公(?:時間|日)|營業(?:時間|日)|寒暑假|[寒暑]假"
    # an ordinal period, or several (`第2週`, `第1個工作日`, `第2、4季`)
    r"|第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:\s*[、,及]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}))*"
    r"\s*(?:週|周|星期|個?月|旬|學期|季|個?工作[日天]|個?營業日)"
    r"|[短中長]期|[上下]半年度?|[上中下](?:[、及至或]?[上中下])?旬|[上下]半月|[上下]學期|全年度?|學?年度|年底|年初|年中|年末|月底|月初|月末|月中|季末|年終|終了|例行性?"
    r"|常態性?|經常性?|持續性?|定期|不定期|隨時|即時|即日|立即|長期|視需要|依需要|必要時|隨到隨辦|每年|每月|每季|全天候|全年無休"
    r"|[上下](?=[、,及]?[上下]半年)")
_TIME_GLUE = re.compile(r"^(?:[\s、,，~～\-－—–至到迄起止前後內底末杪初以之為各及或與於自]|辦理|執行|完成|完竣|實施|持續|結束|截止|屆滿|開始"
                        r"|預計|預定|至遲|最遲|最晚|不晚|竣事|竣工|辦竣|陳報"
                        # (the limit up to a date, `截至…止`; a review rolled on from it, `…起，按月滾動檢討`)
                        r"|截至|截止至|滾動"
                        # the event the date marks: going live, starting on trial, taking effect, being reported
                        # (`108年2月9日啟用`, `…前上線`, `…起試辦`, `…前函報`, `…前報署`)
                        # (於115年6月底前完成, 自115年1月起, 至遲於…月底, …前竣事)
                        r"|啟用|上線|試辦|試行|開辦|施行|生效|公告|函報|報署|報府|提報|上傳|完工|建置|建立|架設|驗收|結案|核定|啟動|開工"
                        # (delivered or handed in by it: `…前送達`, `…前寄達`, `…前繳交`; going live in full:
                        # `…正式上路`, `…起全面運作`)
                        r"|送達|寄達|送交|繳交|送件|上路|運作|正式|全面"
                        r"|分年|分期|分階段|逐年"
                        # an act of procurement or of the accounts on the date (`…決標`, `…前核銷`, `…結算`), an upload
                        # to a system (`…前上傳系統`), the date as a base (`…為基準日`), a meeting held on it
                        # (`…辦理說明會`), a day picked in the month or batches from it (`…擇期辦理`, `…起分批辦理`)
                        r"|決標|招標|開標|核銷|結算|請款|撥款|核撥|上傳系統|登錄系統|系統|基準日|基準|說明會|座談會|公聽會|研習會"
                        r"|擇期|擇日|分批|分梯|分區"
                        # following up and reviewing from or on the date (`…起按季追蹤`, `…期中檢討`, `…期末考評`), registering,
                        # applying or receiving by it (`…前報名`, `…起受理至額滿`, `…截止收件`), reporting results (`…前提報期中成果`)
                        r"|追蹤|檢討|考評|考核|評核|管考|複查|抽查|期中|期末|報名|申請|登記|受理|收件|額滿|為止|成果|報告"
                        # the calendar a date is in (`115年農曆8月15日`, `國曆1月1日`)
                        r"|農曆|國曆|陰曆|陽曆)*$")


# a time of day (`08:30`, `上午8時`, `傍晚6點半`): after a range of days, the hours of those days
_CLOCK_TIME = re.compile(rf"\s*(?:(?:{_DAYPART})\s*)?\d{{1,2}}\s*[:：時點]")


def _is_time_phrase(value: str) -> bool:
    if not value or len(value) > 30:
        return False
    skeleton, found = _TIME_PARTS.subn("#", value)
    if not found or not _TIME_GLUE.match(skeleton.replace("#", "")) or re.fullmatch(r"[\d\s]*(?:次|場|小時)", value):
        return False
    # one deadline, not two run together (`98年8月底前隨時辦理`): nothing follows an end (…前, …止,
    # …內) or a closing verb (…辦理) but another end
    # (a window either side of a date is one: `6月1日前後各1週`)
    # (nor a count done in each, `…及翌年同月各辦理1次`)
    if re.search(r"(?:[前止內]|辦理|執行|完成|實施)[^前止內]*#", re.sub(r"各(?:辦理|執行|實施)", "各", skeleton.replace("前後各", "各"))):
        return False
    # (nor a deadline of its own after a closing verb: `107年7月起分批辦理至額滿為止` is two, run together)
    verb = re.search(r"(?:辦理|執行|完成|實施)(?!.*(?:辦理|執行|完成|實施))", value)
    if verb and verb.end() < len(value) and is_deadline(value[verb.end():]) and _is_time_phrase(value[: verb.end()]):
        return False
    # nor a frequency or a horizon straight after another time (`108年下半年中期`, `各1次每雙月`)
    previous_end, counted, ranged, year_alone = None, False, False, False
    for match in _TIME_PARTS.finditer(value):
        if previous_end is not None and re.search(r"[至到~～迄]", value[previous_end:match.start()]):
            ranged = True
        elif previous_end == match.start() and (re.match(r"(?:每|逐|隔)|[短中長]期", match.group()) or counted or ranged) \
                and not (ranged and _CLOCK_TIME.match(match.group())) and not year_alone:
            return False  # (and anything straight after a count or a whole range: `上、下半年各1次7月底前`,
            # `第1季至第4季96年7月5日止`)
        # (a year alone scopes a frequency after it, one time: `101年度每季`, `112年每月`)
        previous_end, counted = match.end(), match.group().endswith("次")
        year_alone = bool(_YEAR_ALONE.fullmatch(match.group()))
    return True


_YEAR_ALONE = re.compile(r"(?:民國)?\s*[1-9]\d{1,3}\s*學?年度?")


def is_owner(text: str) -> bool:
    """True for a run of unit names (`登記課、測量課`, `各課室`, `本所`, `為民服務中心`,
    `公墓管理課主辦、各課協辦`, `清運班；隊本部`)."""
    return _units_of(text) or _coordinated_names(text) or _unit_at_its_time(text) or _division_of_labour(text) \
        or "、" in text and _list_of_owners(text)


def _list_of_owners(text: str) -> bool:
    """A list whose members are owners each by its own reading, one of them units sharing the work clause by clause
    (`甲組主辦救援，各站協助巡查、丙組（申請請附資料）`): the list's marks part them, not the clauses' commas."""
    parts = [p for p, _ in _clauses(squash_ws(text), "、") if p]
    return len(parts) > 1 and any(_division_of_labour(p) for p in parts) and all(
        _division_of_labour(p) or _units_of(p) or _unit_at_its_time(p) for p in parts)


def _division_of_labour(text: str) -> bool:
    """Units sharing the work, each clause a unit and its part, whatever the verbs (`甲組審議修復計畫，乙組提供技術諮詢`,
    `甲組分派案件，各機關權責單位限期回復`): two clauses at least, each opening with a unit, the part after it short,
    no time and no number; one clause alone may be a measure (`資訊室建置線上系統`)."""
    clauses = re.split(r"[，,；;]", squash_ws(text))
    return 2 <= len(clauses) <= 4 and all(_unit_and_part(c) for c in clauses)


def _unit_and_part(clause: str) -> bool:
    """A unit or a list of units (the longest the grammar reads at the clause's start: `甲課、乙課受理申請`), then its
    part: two to ten characters of words."""
    heads = [clause[:k] for k in range(min(40, len(clause) - 2), 2, -1)
             if k <= 14 and _is_unit(clause[:k]) or "、" in clause[:k] and _units_of(clause[:k])]
    part = clause[len(heads[0]):] if heads else ""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,10}", part)) and not is_deadline(part)


def _unit_at_its_time(text: str) -> bool:
    """A unit, then when or in what turns it does the work, whatever the verb (`甲中心週六開放時段由各組派員輪值`,
    `甲中心人員24小時四班二輪值勤`, `甲科於評議期間延長受理時間至晚間7時30分`), or a service done by a unit at a time
    (`免費諮詢由駐點律師每週一至週五下午輪值`): told by the unit opening it or named after 由, and a time in what
    follows; one clause, no sentence."""
    text = squash_ws(text)
    if not 6 <= len(text) <= 36 or re.search(r"[，,。；;、：:]", text) or is_deadline(text):
        return False
    agent = re.search(r"由([\u4e00-\u9fff]{2,10}?)(?=[\u4e00-\u9fff\d])", text)
    heads = [text[:k] for k in range(min(14, len(text) - 3), 2, -1) if _is_unit(text[:k])]
    if agent:
        heads += [m for m in (agent.group(1)[:k] for k in range(len(agent.group(1)), 1, -1)) if _is_unit(m)]
    if not heads:
        return False
    if agent and is_deadline(text[: agent.start()]) and not text.startswith(heads[0]):
        return False  # (`每季由甲課辦理`: the time, then its agent, read by time_and_agent)
    # (any head the grammar reads as a unit: the longest may swallow the time, `甲課週六上午由課` is no unit's name)
    return any(_works_at_its_time(text[len(head):] if text.startswith(head) else text[agent.end():] if agent else "")
               for head in heads)


def _works_at_its_time(rest: str) -> bool:
    """What follows a unit is the work in turns or at hours set for it: a time, then a turn, a shift, a duty, staff
    sent, hours extended."""
    return bool(rest) and bool(_TIME_PARTS.search(rest) or _time_opens(rest)) and not re.match(r"[課室股科組班隊處局所站]", rest) \
        and bool(re.search(r"輪|值|[一二兩三四]班|派員|延長", rest))


def _time_opens(rest: str) -> bool:
    """A time of any kind the grammar reads opens what follows the unit, after 於 or 在 (`於申請期間…`, `在汛期…`)."""
    rest = re.sub(r"^(?:於|在)", "", rest)
    return any(is_deadline(rest[:k], with_act=False) for k in range(min(14, len(rest)), 1, -1))


# the words that join two words inside one name (`即測即評及發證測試站`, `學生事務與校園安全室`)
_NAME_AND = re.compile(r"[及與和暨]")


def _coordinated_names(text: str) -> bool:
    """A run of units where a name joins two words before its kind (`即測即評及發證測試站`): each part the list's
    marks part, read whole, its words up to 16 before the kind's word, where the parts cut at 及 read as no units."""
    parts = [p for p in re.split(r"[、,，/／;；\s]+", _CONTACT.sub("", squash_ws(text))) if p]
    # (or a unit at its time among them: `甲中心週六開放時段由各組派員輪值、乙組`)
    return bool(parts) and len(parts) <= 8 and (any(_NAME_AND.search(p) for p in parts) or len(parts) > 1) and all(
        _units_of(p) or _joined_name(p) or _unit_at_its_time(p) for p in parts)


def _joined_name(part: str) -> bool:
    """`即測即評及發證測試站`, `地權及不動產交易科配合查核`: two to eight characters joined by 及 (與, 和, 暨) to a unit
    the grammar reads, its part in the work after it or not: one name, the first word no unit of its own."""
    words = _NAME_AND.split(part, maxsplit=1)
    return len(words) == 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", words[0])) and _units_of(words[1]) \
        and not _NAME_AND.search(words[1])


# a unit's share of the work after its name, a percentage or a fraction (`60%`, `四成`, `三分之二`)
_UNIT_SHARE = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:\d{1,3}(?:\.\d)?\s*[%％]|[一二三四五六七八九十]成|[一二三四五]分之[一二三四])$")


def _units_of(text: str) -> bool:
    """is_owner's reading: the text parted at the list's marks and the joining words, each part a unit."""
    text = _CONTACT.sub("", squash_ws(text))  # (`推廣股（聯絡人：陳○○）`: the unit and whom to call there)
    # (a duty its staff take in turn, the roster in its aside, `颱風應變值勤（各科依編號輪值）`: the roster is who does it)
    text = _ROSTER.sub(_A_UNIT, text)
    # (`甲組（申請請附照片及來源說明）`: an aside ending a member, whatever it says, unless it is the unit's time)
    text = _MEMBER_ASIDE.sub(lambda m: m.group() if is_deadline(m.group()[1:-1]) else "", text)
    units = [_UNIT_ASIDE.sub("", _UNIT_ROLE.sub("", u)) for u in _UNIT_SEPARATORS.split(_UNIT_ROLE.sub("", text)) if u]
    units = [_UNIT_SHARE.sub("", u) or u for u in units]  # (`甲組60%、乙組40%`: each unit's share of the work)
    units = [_COLLECTIVE_LEAD.sub("", u) or u for u in units if u]
    # (a unit called in only when needed: `甲科負責，必要時由乙站支援`, `視需要請丙室協助`)
    units = [_WHEN_NEEDED.sub("", u) or u for u in units]
    # (a unit that does the work before one that checks it: `甲課辦理，乙課覆核`; the last one's 辦理 is the clause's)
    # (and the last one's after a unit joined to it: `甲課會同乙課辦理`, the clause the run's)
    joined = re.search(r"偕同|會同|協同|會辦", text) is not None
    units = [re.sub(r"(?<=[\u4e00-\u9fff]{2})辦理$", "", u) if i < len(units) - 1 or joined else u for i, u in enumerate(units)]
    if not 0 < len(units) <= 8:
        return False
    for i, unit in enumerate(units):
        if _is_unit(unit) or _kind_of_collective(unit, units[:i]):
            continue
        if len(units) > 1 and _unit_at_its_time(unit):
            continue  # (a member of the list working at its own time: `甲窗口、乙課週六上午由課員輪值服務`)
        # kinds of staff sharing the head noun of the unit after them (`醫護及行政人員`, `技術與行政同仁`)
        # (or the areas of a hall, each by its work: `收文、諮詢及檢索各區`)
        head = next((re.search(r"(?:工作人員|人員|同仁|員工|職員|幹部|各區|單位|機關)$", later) for later in units[i + 1:] if _is_unit(later)), None)
        if head is None or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", unit) or not _is_unit(unit + head.group()):
            return False
    return True


def _kind_of_collective(unit: str, before: list[str]) -> bool:
    """A bare kind of unit listed after a collective (`本局各工程處、科、室`, `本部各司、處`): each of that kind."""
    return len(unit) == 1 and unit in "課室股科組班隊處所站司局館" and any(re.match(r"(?:本[\u4e00-\u9fff]{0,3})?各", u) for u in before)


def _is_unit(unit: str) -> bool:
    return (bool(_UNIT_RE.match(unit)) and not _NOT_UNIT.search(unit) or _all_staff_of(unit) or _post_of(unit)
            or _one_in_a_role(unit))


def _one_in_a_role(unit: str) -> bool:
    """The one who plays a unit's part, named by it and what it is for (`單一窗口服務協調人`, `陳情案件承辦人`): a
    part the grammar reads as a unit's (協調, 承辦, 彙整 …), then 人, after a name of two characters at least."""
    role = _UNIT_ROLE.search(unit[:-1]) if unit.endswith("人") and len(unit) >= 5 else None
    return bool(role) and role.end() == len(unit) - 1 and role.start() >= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", unit))


# a post held in a task force or committee (`為民服務督導小組執行秘書`, `品質推動委員會召集人`): a unit of any
# length the name allows, then the post, so the one who holds it is the owner
_POST_OF = re.compile(r"(.{2,14}?(?:小組|委員會|工作圈|專案組|推動會))(執行秘書|秘書|召集人|副召集人|幹事|總幹事|副?[\u4e00-\u9fff]長)")


def _post_of(unit: str) -> bool:
    """A post in a body that is itself a unit (the body's name may be longer than a bare unit's); its head named by
    the body's last word and 長, whatever the body (小組 → 組長, 工作圈 → 圈長, 推動會 → 會長)."""
    match = _POST_OF.fullmatch(unit)
    head = match and match.group(2).endswith("長")
    return bool(match) and bool(_UNIT_RE.match(match.group(1))) and (not head or match.group(2)[-2] == match.group(1)[-1])


# a unit, then all of its people (`都會公園管理站全體同仁`, `資訊中心所有工作人員`): a unit name of any length before them
_ALL_STAFF = re.compile(r"(.{2,14}?)(全體|所有)([\u4e00-\u9fff]{2,4})")


def _all_staff_of(unit: str) -> bool:
    """The staff of a unit, all of them, named after it (`某某管理站全體同仁`): the unit and the people are each one."""
    whole = _ALL_STAFF.fullmatch(unit)
    return bool(whole) and _is_unit(whole.group(1)) and _is_unit(whole.group(2) + whole.group(3))


# (or in a period only, named first: `報名期間甲科…`, `汛期期間乙站…`)
_WHEN_NEEDED = re.compile(r"^(?:必要時|視需要|如有需要|需要時|如有必要|[\u4e00-\u9fff]{2,6}?期間)\s*(?:[並另]?\s*(?:由|請|商請))?\s*(?=[\u4e00-\u9fff]{2})")
# the office or part of it whose units, all of them, are meant (`分局轄內各工務段`, `本處所屬各站`, `全市轄下各分隊`)
_COLLECTIVE_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:轄內|轄下|所屬|旗下|下轄)(?:各|所有)?(?=[\u4e00-\u9fff]{2})")


def join_text(previous: str, more: str) -> str:
    """Join text continued on the next row: mid-sentence text runs on, a new sentence or a
    numbered item is set off by a space."""
    if not previous:
        return more
    if not more:
        return previous
    if previous[-1] in SENTENCE_END or parse_marker(more):
        return f"{previous} {more}"
    return previous + more


def deadline_tokens(text: str) -> list[str]:
    """Deadlines listed in one cell (`97 年 1 月 持續辦理 持續辦理`), a date's parts kept together."""
    tokens: list[str] = []
    for token in text.split():
        if tokens and _DATE_PART.match(token) and _DATE_PART.match(tokens[-1].split()[-1]) and not tokens[-1].endswith(("月", "日")):
            tokens[-1] = f"{tokens[-1]} {token}"
        else:
            tokens.append(token)
    return tokens


def split_packed(cell: str, count: int, kind: str) -> list[str | None]:
    """Values for `count` steps packed in one cell, in the same order; shared when unsure."""
    whole = clean_cell(cell) or None
    if count <= 1 or not whole:
        return [whole] * max(count, 1)
    candidates = [html_fragments(cell)]
    if kind == "deadline":
        candidates.append(deadline_tokens(whole))
    elif kind == "owner":
        candidates.append(whole.split())
    elif kind == "benefit":
        candidates.append([p.strip() for p in re.split(r"(?<=[。！？])\s+", whole) if p.strip()])
    for values in candidates:
        if len(values) == count:
            return list(values)
    return [whole] * count


def _fragments_rejoined(values: list[str]) -> list[str]:
    """A value of one or two characters that is no value alone (`內` after `…40日`, `組` after `…精神照護`): the end
    of the value before it, cut by a page break, joined back."""
    out: list[str] = []
    for value in values:
        bare = re.sub(r"\s+", "", value or "")
        if out and bare and len(bare) <= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", bare) and not is_deadline(bare) and not is_owner(bare):
            out[-1] = out[-1] + bare
        else:
            out.append(value)
    return out


def distinct_join(values: list[str]) -> str | None:
    """Several rows' values for one field (deadlines of a measure's actions), each once: the same value with a space
    a page's layout put inside it (`1 999市民…` beside `1999市民…`) is one, in its form with the fewest spaces."""
    seen: dict[str, str] = {}
    for value in _fragments_rejoined(values):
        key = re.sub(r"\s+", "", value or "")
        if key and (key not in seen or value.count(" ") < seen[key].count(" ")):
            seen[key] = value
    return "；".join(seen.values()) or None


def trailing_note(text: str, labelled: bool = True) -> tuple[int, str] | None:
    """(start, content) of the bracketed note that closes `text` (`…（完成期限：…）`), brackets
    inside it balanced (`（主辦：照顧組（主辦）、行政室（協辦））`); None unless it holds a colon
    (any note when not `labelled`). A bracket is any Unicode opening/closing pair (`﹝…﹞`, `『…』`,
    `＜…＞`), the opening half the closing one's partner."""
    text = text.rstrip()
    if not text or not is_closing_bracket(text[-1]):
        return None
    # (a fullwidth and a halfwidth half pair up too: `(主辦：…）`)
    closing, opening = (unicodedata.normalize("NFKC", c) for c in (text[-1], bracket_partner(text[-1])))
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        ch = unicodedata.normalize("NFKC", text[at])
        if ch == closing:
            depth += 1
        elif ch == opening:
            depth -= 1
            if depth == 0:
                content = text[at + 1:-1]
                return (at, content) if not labelled or re.search(r"[:：]", content) else None
    return None


# where a note of bare values may part (not 102/10): a slash, semicolon, bar, comma, enumeration comma, dash, middle dot,
# arrow (`甲課→6月底前`), wide space
# (a dash, solidus or dot of any width between two digits is a date's: 108-2-9, 108－2－9, 108／2／9, 99‧9‧27, 108．5．2;
# between two values a full stop parts them as a middle dot does: `甲課．108－5－2前`)
_NOTE_CUTS = re.compile(rf"[{SEMICOLONS}{re.escape(VERTICAL_LINES)}，,、—―–{ARROWS}]"
                        rf"|(?<![\d０-９])[{SOLIDI}－-]|[{SOLIDI}－-](?![\d０-９])|(?<![\d０-９])[{MIDDLE_DOTS}．﹒]|[{MIDDLE_DOTS}．﹒](?![\d０-９])"
                        r"|\u3000|\s{2,}")


def unlabelled_fields(note: str) -> dict[str, str]:
    """The fields of a note that names no labels but holds only field values, a unit and a
    date or period set apart by a slash, semicolon, comma, enumeration comma, dash or wide space
    (`城鄉發展課／99年度`, `清運班；每季終了`, `每月、總務股`), in either order: {owner, deadline},
    or {} unless the note splits into exactly one of each. A unit list or a date may hold the
    separator itself (`甲課、乙課／每週二、四`): every separator is tried as the split."""
    note = note.strip()
    # (a dash too, `電話諮詢中心－108年2月9日啟用`, but never one inside a date: 108-2-9)
    # (or a middle dot of any form, `甲課‧每季`, `每季・甲課`, never one inside a date: 99‧9‧27)
    cuts = [m for m in _NOTE_CUTS.finditer(note) if not _inside_a_chain(note, m)]  # (`甲組→乙組，每季`: no cut at →)
    # a slash or semicolon first, then a comma, an enumeration comma last: 、 binds the closest (`由甲科、
    # 乙室負責，常年` splits at the comma)
    # (the last comma first: a unit's clauses may hold commas, `甲課受理，乙課會勘，6月底前`, its time closes the note)
    cuts.sort(key=lambda m: (2, m.start()) if m.group() == "、" else (1, -m.start()) if m.group() in "，," else (0, m.start()))
    # (a clause planning the time closes it, `甲組規劃，乙隊執行，預計6月底前完成`: the frame says where the time starts)
    cuts.sort(key=lambda m: _planned_time(note[m.end():]) is None)
    if is_deadline(note):  # (a time whole, its ordinals listed, `畢業後第1、3、6個月`, is one value: no unit split from it at its 、)
        cuts = [m for m in cuts if m.group() != "、"]
    # at the strongest separator the note holds (a bar, slash, semicolon or middle dot, else a comma, else an enumeration
    # comma: a unit list holds 、, `甲組、乙組｜6月底前`), since a value holds no separator stronger than the one it was parted
    # at (`每季‧甲課、乙課` parts at the dot); a split the grammar reads whole first, then one the field model helps with
    strength = {m.start(): 2 if m.group() == "、" else 1 if m.group() in "，," else 0 for m in cuts}
    level = min(strength.values(), default=0)
    strongest = [m for m in cuts if strength[m.start()] == level]
    for learn in (False, True):
        for cut in strongest:
            fields = _unit_and_date(note[: cut.start()], note[cut.end():], learn=learn)
            if fields:
                return fields
    return {}


def _names_part(units: str) -> bool:
    """Some unit of a run names its part by a verb after it (`甲科為主責`, `乙科從旁協助`)."""
    return any((m := _UNIT_ROLE.search(u)) and m.group()[0] not in "（(" for u in _UNIT_SEPARATORS.split(squash_ws(units)) if u)


def _each_with_role(units: str) -> bool:
    """Some unit of a run names its part in the work (`教務處統籌、各處室`): the verb after the last one is its
    part too, not the clause's. A part in brackets (`甲課（權責）／乙中心（支援）`) is no verb: one after the run is
    the clause's (`…（支援）執行`)."""
    # (every unit before the last names its part: `甲課主辦、乙課`, not `甲組、乙組合辦、丙組`, where the verb is the clause's)
    parts = [u for u in _UNIT_SEPARATORS.split(squash_ws(units)) if u]
    return len(parts) > 1 and all((m := _UNIT_ROLE.search(u)) and m.group()[0] not in "（(" for u in parts[:-1])


def value_role(value: str) -> str | None:
    """The field a bare value fills by what it is: "owner" for a run of units, "deadline" for a
    date or period (a unit first: 長期照顧科 is a unit), None for anything else."""
    return "owner" if is_owner(value) else "deadline" if is_deadline(value) else None


def _unit_and_date(*parts: str, learn: bool = True) -> dict[str, str]:
    fields: dict[str, str] = {}
    learned = 0  # values only the field model recognises: one at most, beside one the grammar does
    framed = False  # an agent clause (`甲課辦理`): a second 前 closing the time beside it is the frame's
    for glued, part in ((_glued_label(p.strip()), _unglued_label(p.strip())) for p in parts):
        # an owner named as the agent of a clause, `由<unit>負責` (by whom it is done: 由 + unit + a verb
        # of taking charge), is the unit
        # (not after a label naming the owner, glued: the value is the unit as the plan writes it, its own verb kept,
        # `主辦甲課、乙課隔年輪流主辦`)
        labelled_owner = glued is not None and glued[0] == "owner" and is_owner(glued[1])
        agent = None if labelled_owner else _AGENT.fullmatch(squash_ws(part))
        agent_learned = False
        if agent and not is_owner(agent.group(1)):  # (the verb's last word only: `甲組、乙組聯合辦理執行`)
            agent = _LAST_VERB.fullmatch(squash_ws(part)) or agent
        # (and a verb after a unit that names its part already is the clause's: `甲組、乙組合辦執行`)
        # (nor after a clause of a unit and its part, a comma between: `甲科督考，乙所執行` pairs each unit with its stage)
        paired = re.search(r"[，,]\s*[^，,、]+$", agent.group(1)) if agent else None
        # (unless the last unit names its stage already: `甲科負責，必要時由乙站支援辦理`, the 辦理 is the clause's)
        # (but where each clause is a unit and its part already, the verb after them is the frame's: `甲科審查，乙所核撥經費辦理`)
        if paired and not _handed(part) and _UNIT_ROLE.search(agent.group(1)[: paired.start()]) \
                and not _UNIT_ROLE.search(agent.group(1)) and not _division_of_labour(agent.group(1)):
            agent = None
        if agent and is_owner(agent.group(1)) and (_handed(part) or not _each_with_role(agent.group(1))
                                                   or _UNIT_ROLE.search(_UNIT_SEPARATORS.split(agent.group(1).strip())[-1])):
            part = agent.group(1)  # (but a bare run where each unit has its part keeps the last one's: `教務處統籌、各處室執行`)
            framed = True
        elif agent and len(parts) == 2 and learn and learned_field(agent.group(1), "owner") and not learned:
            part, framed, learned = agent.group(1), True, learned + 1  # (a unit the grammar does not know, framed as the agent)
            agent_learned = True
        planned = _planned_time(part)  # (the frame says it is the time: no guess of the field model's)
        part = planned or part
        # (an agent the field model read is the owner already: not asked of the model twice)
        # (a label glued to the value names its field, the value read as that field's kind already: `主辦開園前試運轉組`
        # is an owner though it holds a time's word)
        labelled = glued[0] if glued and part.endswith(glued[1]) and not planned else None
        part = glued[1] if labelled else part
        role = labelled or ("deadline" if planned else value_role(part) or ("owner" if agent_learned else None))
        if role is None and len(parts) == 2 and _note_deadline(part):
            role = "deadline"  # beside a unit, a time told by an event (`颱風警報發布時`) is the deadline
        if role is None and len(parts) == 2 and (finish := _FINISH_END.search(part)):  # (a time, then the verb of finishing by it,
            bare = re.sub(r"[之以]?前$", "", part[: finish.start()].rstrip())  # `收件翌日起3日內前辦結`: the template's, `template_finish`)
            role = "deadline" if bare and (is_deadline(bare) or _note_deadline(bare)) else None
        if role is None and len(parts) == 2 and learn and glued and part.endswith(glued[1]):
            (role, part), learned = glued, learned + 1  # (the label says what a value of no kind the grammar knows is)
        if role is None and len(parts) == 2 and learn:
            role = next((kind for kind in ("deadline", "owner") if learned_field(part, kind)), None)
            learned += role is not None
        if role is None or role in fields or learned > 1:
            return {}
        if glued and glued[0] == role and part.endswith(glued[1]) and len(part) > len(glued[1]):
            part = glued[1]  # (the label glued to a value read as its field's anyway: `時限每年防汛期（5月至11月）開始前`)
        fields[role] = squash_ws(part)
    # (a time that ends in 前 itself, the frame's 前 after it: `甲課辦理；重陽節前前` is by 重陽節前; a single 前 stays the
    # time's, `由甲課負責，6月底前`)
    # (or before an aside after it: `甲課辦理；6月底前（郵戳為憑）前`)
    doubled = re.fullmatch(r"(.*前(?:\s*[（(][^（）()]{1,16}[)）])?)\s*前", fields.get("deadline", ""))
    if framed and doubled and _reads_as_time(bare := doubled.group(1)):
        fields["deadline"] = bare
    elif framed and "deadline" in fields:  # (or after a time closed by its own bound: `甲課辦理；收件後3日內前`, `…前24小時前`)
        fields["deadline"] = _less_frames_bound(fields["deadline"])
    return fields


def _planned_time(part: str) -> str | None:
    """The time a bare part plans and finishes by (`預計6月底前完成`, `預定於颱風季後辦竣`): the frame says it is the
    time, so one the grammar, an event or the field model reads is taken bare; None for any other part."""
    squashed = squash_ws(part)
    planned = _PLANNED_DONE.fullmatch(squashed) or _PLANNED_REACHED.fullmatch(squashed)
    if planned is None:
        return None
    time = planned.group(1)
    return time if is_deadline(time) or _note_deadline(time) or len(time) <= 24 and learned_field(time, "deadline") else None


@cache
def _label_words() -> frozenset[str]:
    """The known header names and meaning words of a deadline or owner."""
    from ingest.columns import MEANING_WORDS

    return _field_header_names() | frozenset(MEANING_WORDS["deadline"] + MEANING_WORDS["owner"])


def _glued_labels(part: str) -> Iterator[tuple[str, str, str]]:
    """(role, value, label) for each known header name of a deadline or owner opening `part`, glued to what follows
    it with no colon (`期程端午節前`, `承辦單位總務課`): the longest label first."""
    from ingest.columns import header_role

    names = _label_words()
    for k in range(min(6, len(part) - 2), 1, -1):
        if part[:k] in names and (role := header_role(part[:k])) in _KIND_CHECK:
            yield role, part[k:], part[:k]


# words naming a body, no header's name, that may open a unit whole (`機關網站管理員`, `部門主管`)
_BODY_WORDS = ("機關", "單位", "部門")


def bar_led_note(text: str) -> bool:
    """A line that opens a note framed by vertical lines (`∥甲課∥每季∥`, or cut by a wrap after its first field,
    `∥主辦甲課、乙課`): its bar leads no list; the line is a note on the item, or the heading, above it."""
    text = text.strip()
    return len(text) > 2 and text[0] in VERTICAL_LINES and (text[0] in text[1:] or next(_glued_labels(text[1:]), None) is not None)


def _glued_label(part: str) -> tuple[str, str] | None:
    """(role, value) of a part opening with a known header name of a deadline or owner glued to a value of any kind
    (`主責甲隊（前台）、乙園區`): the label names the field where the value's kind is none the grammar knows."""
    return next(((role, value) for role, value, label in _glued_labels(part) if label not in _BODY_WORDS), None)


def _unglued_label(part: str) -> str:
    """The value of a field's label glued to it, no colon between (`期程端午節前`, `時限每季`, `承辦單位總務課`): a
    known header name of a deadline or owner first, the rest a value of that kind; else the part as it is."""
    for role, value, label in _glued_labels(part):
        if label in _BODY_WORDS and is_owner(part):
            continue  # (a body's word opening a unit whole is the unit's own)
        if _KIND_CHECK[role](value):
            return value
    finish = _FINISH_FIRST.match(part)  # (a verb of finishing glued to its time labels it: `完成6月底前`, `辦竣於每季`)
    rest = part[finish.end():] if finish else ""  # (a time of any form: what follows holds a time's sign and names no unit)
    if rest and (is_deadline(rest) or _note_deadline(rest) or _TIME_SIGN.search(rest) and not is_owner(rest)):
        return rest
    return part


_ASIDE = re.compile(r"[（(][^（）()]{0,12}[)）]")
# A time told by an event: a short noun phrase, then 前/時/後/期間 (and maybe a count of days, 完成)
_EVENT_TIME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:前|時|後|期間)(?:\s*\d{1,3}\s*(?:日|天|個?工作天|小時)內)?(?:完成|辦理)?")


def _note_deadline(part: str) -> bool:
    """A deadline as a note beside a unit writes it: a date with an aside (`6月30日（含）前`), a named
    period with its dates (`暑假（7至8月）`), a time told by an event (`受理後3日內`, `颱風警報發布時`).
    (Weekdays are deadlines anywhere: is_deadline reads them.)"""
    value = squash_ws(part)
    bare = _ASIDE.sub("", value)
    if bare != value and (is_deadline(bare) or any(is_deadline(a[1:-1]) for a in _ASIDE.findall(value))):
        return True
    return bool(_EVENT_TIME.fullmatch(bare)) and not is_owner(bare)


# (a conjunction may lead it, `並由…`, `另由…`; the verb may be one of following the work up or finishing it:
# `並由甲課列管追蹤`, `由甲課管考`, `由甲課辦竣`; or leads it, `責由甲課主政`, `由乙室主導`, `由丙股掌理`)
_AGENT_VERBS = "負責|主辦|承辦|辦理|執行|主責|統籌|列管追蹤|列管|追蹤|管考|督辦|控管|辦竣|完竣|主政|主導|掌理"
# (the verb may be stressed by an adverb of doing it fully, `落實執行`, `確實辦理`, `全權負責`, or say the
# charge as taking it whole, `負其全責`, `負全責`, `負完全責任`)
_AGENT_VERB = rf"(?:(?:落實|確實|切實|全權|全力|徹底|妥善)?\s*(?:{_AGENT_VERBS})|負其?(?:全|完全|全部)?責任?)"
# who is charged with it: 由, or a verb of handing it over (`交由甲課辦理`, `委由乙室執行`, `責由丙股負責`)
# (the verbs of handing the work over to someone named after them: `交由甲課`, `責成乙室`)
_HANDING_OVER = "交由|委由|責由|轉由|改由|交付|責成"
_AGENT_LEAD = rf"(?:[並另且再]?\s*(?:{_HANDING_OVER}|由)\s*)"
# the verbs of finishing or reaching the work (完成, 辦竣, 完竣, 達成, 辦妥, 竣事, 告竣, 完工, 就緒; 辦結, a case's, `如期辦結`)
_FINISH = "完成|完畢|辦竣|完竣|達成|辦妥|竣事|告竣|完工|竣工|就緒|辦結"


def template_finish(deadlines: list[str]) -> str | None:
    """The verb of finishing every time of a document's notes closes with (`→甲課，每季完成`, `→乙室，6月底前完成`
    …): the notes' template writes it after the time, so it is no part of any time, where three or more times, two
    of them different, all end with it and each reads as a time without it; None where any time lacks it (a plan's
    own times may end with it: `6月底前完成` among `每季`)."""
    if len(deadlines) < 3:
        return None
    ends = {match.group() if (match := _FINISH_END.search(d)) else None for d in deadlines}
    verb = ends.pop() if len(ends) == 1 else None
    if verb is None:
        return None
    bare = [d[: -len(verb)].rstrip() for d in deadlines]
    if not (len(set(bare)) > 1 and all(_reads_as_time(b) for b in bare)):
        return None
    # (the template writes a bound before its verb too, `{time}前辦結`, where every time ends with it and one has it
    # twice, its own and the template's: `梅雨季來臨前前辦結`; a bound every time holds once may be the times' own)
    if all(b.endswith("前") for b in bare) and any(b.endswith("前前") for b in bare):
        return "前" + verb
    return verb


_FINISH_END = re.compile(rf"(?:{_FINISH})$")
_FINISH_FIRST = re.compile(rf"(?:{_FINISH})\s*(?:於|在)?\s*")
# what a time holds that no unit's name does: a digit, or a word of the calendar, the clock or a bound (`起至驗收合格日止`)
_TIME_WORD = re.compile(r"[年月日週周季旬時天前後內止起]")
_TIME_SIGN = re.compile(rf"[\d０-９]|{_TIME_WORD.pattern}")
# what follows a note's time in a frame (`於X前辦理`, `於Y辦理`): its bound, if any, then a verb of doing or finishing
FRAME_AFTER_TIME = re.compile(rf"\s*((?:之|以)?前)?\s*(?:辦理|執行|實施|進行|{_FINISH})")


def _agent_whole(clause: str) -> bool:
    """The frame's agent read whole is an owner by what it is (a unit at its time, `甲專線於申請期間由各組輪班`)."""
    agent = _AGENT.fullmatch(_THIS_ITEM.sub("", squash_ws(clause)))
    return bool(agent) and is_owner(agent.group(1))


def _handed(clause: str) -> bool:
    """Whether the clause opens by naming who is charged with it (`由甲課…`, `交由乙室…`): its unit is the agent."""
    return bool(re.match(r"\s*(?:交由|委由|責由|轉由|改由|由)", clause))


# the work handed over to someone by name (`交由甲司辦理`, `委由乙中心執行`, `轉由丙署負責`): the frame says who it is, a name of a
# kind of unit no list knows passes (bare 由 says less: `由民眾自行辦理` names no unit)
_NAME = r"[\u4e00-\u9fff]{2,14}(?:[（(][^（）()]{1,16}[)）])?"
_NAMES = re.compile(rf"{_NAME}(?:\s*(?:、|及|暨|與|和)\s*{_NAME}){{0,6}}")
# (a verb of taking charge may govern a verb of the work, whatever it is: `負責推動`, `主責推展`, `承辦規劃`, as `負責辦理`;
# a verb of doing takes its object instead, a unit's own part: `甲科辦理勘查，乙科撥付…負責辦理`; an agent's verb last
# is the agent's own, the verb before it a unit's part: `乙所執行控管`)
_CHARGE_VERB = r"(?:(?:落實|確實|切實|全權|全力|徹底|妥善)?\s*(?:負責|主責|主辦|承辦|統籌|主政|主導|督辦|掌理))"
# a clause of a name and a verb of taking charge only (`甲殿承辦`, `乙生負責`): no verb of the work that names a part of it
_CHARGED = re.compile(rf"[\u4e00-\u9fff（）()、及暨與和]+?\s*{_CHARGE_VERB}")
_AGENT = re.compile(rf"{_AGENT_LEAD}?(.+?)\s*(?:{_AGENT_VERB}(?:辦理|執行)?|{_CHARGE_VERB}(?!{_AGENT_VERBS})[\u4e00-\u9fff]{{2}})")
_HANDED_OVER = re.compile(rf"(?:{_HANDING_OVER})\s*(.+?)\s*{_AGENT_VERB}(?:辦理|執行)?")
# a request to a unit to carry the work out or report on it (`請甲課彙整辦理情形`, `請乙室填報執行成果`, `煩請丙股依限辦理`)
# (the words of keeping to the time set, after the unit asked: `依限`, `按時`, `如期`)
_ON_TIME = "依限|按時|定期|如期|準時|限期"
# the words asking a unit to do it (a request closing a note, `請甲課…`; a frame's agent, `本項請甲課於每季辦理完成`)
_ASKING = "敬請|煩請|責請|請"
_REQUEST = re.compile(rf"(?:[並另且再]?\s*)(?:{_ASKING})\s*(.+?)\s*(?:{_ON_TIME})?\s*"
                      rf"(?:彙整|彙報|填報|提報|回報|陳報|函報|{_AGENT_VERBS})\s*(?:辦理|執行)?(?:情形|成果|進度|結果)?")
_LAST_VERB = re.compile(rf"{_AGENT_LEAD}?(.+)\s*{_AGENT_VERB}")
# A note set off by a dash after an item's text (`…。－完成期限：每月，承辦單位：社會課`, `… —主辦：…`):
# the dash, then a label and its colon.
# (or an arrow, `→完成期限：…`, or straight after the sentence, `…改進。完成期限：…`)
# (an arrow of any form: a sign, `→ ⇒ ➔`, or one drawn with equals or dashes and a greater-than sign, `＝＞`, `->`)
_ARROW = rf"[{ARROWS}]|[=＝]{{1,2}}[>＞]|[-－]{{1,2}}[>＞]"
_DASH_NOTE = re.compile(rf"(?:{_ARROW}|[－—―─–]{{1,2}}|-{{1,2}}|(?<=[。！？]))\s*(?=[\u4e00-\u9fff][^－—―─–:：。]{{0,10}}[:：])")


def dash_note(text: str) -> tuple[str, dict[str, str]] | None:
    """(text before it, fields) of a labelled note after a dash that closes `text`, every label a
    field's (as `note_fields` reads them); None when there is none. A label may be set off by a
    bracket pair instead of a colon (`…。《實施時間》每月《負責》總務股`). A note with no labels after
    a dash holds a unit and a date or period, one of them in brackets (`…。－總務股（每季）`,
    `… —6月底（甲課、乙課）`) or both bare (`…。－總務股／每季`)."""
    labelled = _bracketed_labels(text)
    for match in reversed(list(_DASH_NOTE.finditer(labelled))):
        fields = note_fields(closing_dash(labelled[match.end():], match.group()))
        if fields and text[: match.start()] == labelled[: match.start()]:  # (no label taken from the text itself)
            return text[: match.start()].rstrip(), fields
    # (the last opener that opens a note: a dash inside the note's date, `…。＊甲課／108－7－28前`, opens none)
    for opener in reversed(list(_BARE_DASH_NOTE.finditer(text))):
        if _inside_a_chain(text, opener):
            continue  # (an arrow between two units of a chain the note names, `…。＝＞甲組→乙組負責，…`, opens none)
        note = text[opener.end():]  # (`…。－甲課，每季辦理－`: a pair of dashes, the closing one bare_note's to read)
        if (mark := opener.group().strip()) and mark in _SHAPE_MARKS_SET and mark in note:
            continue  # (a shape met again in the note is a list's bullet, each field after its own: `…。◎承辦／甲課 ◎期程／每季`)
        # (after a reference mark a sentence of clauses is read as one, `…。＊由總務課辦理，期限為每季`; so is one set off by
        # a pair of dashes, as by a pair of brackets: `…。—甲課承辦，6月底前完成—`)
        closed = closing_dash(note, opener.group())
        fields = ((_referenced(opener.group()) or closed != note) and clause_fields(closed)) or bare_note(note)
        if fields:
            return text[: opener.start()].rstrip(), fields
    return None


_ARROW_SIGN = re.compile(rf"\s*[{ARROWS}]\s*")


def _inside_a_chain(text: str, opener: re.Match) -> bool:
    """The arrow stands between two units (`甲組→乙組`): what precedes it back to the last stop, separator or opener
    is a unit, and what follows it opens with one."""
    if not _ARROW_SIGN.fullmatch(opener.group()):
        return False
    before = re.split(rf"[。！？；;，,、>＞{ARROWS}]", text[: opener.start()])[-1].strip()
    after = re.split(rf"[{ARROWS}、，,；;（(]", text[opener.end():])[0].strip()
    return bool(before) and is_owner(before) and bool(after) and is_owner(after)


def _referenced(opener: str) -> bool:
    """The note was opened by a reference mark (＊ ※ †), not by a dash or an arrow."""
    return bool(re.search(r"[＊*※✱✲✳⁎†‡]", opener))


def closing_dash(note: str, opening: str) -> str:
    """The note without the dash that closes it when a dash opened it (`—承辦：甲課；時程：每季—`, `－主辦：乙室－`): the
    note set off by a pair of dashes, as by a pair of brackets."""
    dash = opening.strip()
    return re.sub(r"\s*[－—―─–-]{1,2}\s*$", "", note) if dash and dash[0] in "－—―─–-" else note


def bare_note(note: str) -> dict[str, str]:
    """The fields of a note with no labels that holds only a unit and a date or period, one of them in brackets
    after the other (`總務股（每季）`, `每季（總務股）`) or both bare (`總務股／每季`); {} for anything else."""
    # (a dash closing it is no value's: the note was set off by a pair, `－總務課，每季－`, its opener read as a bullet)
    paired = re.search(r"\s*[－—―─–]{1,2}$", note.strip())
    note = note.strip()[: paired.start()] if paired else note.strip()
    if re.search(r"[。！？:：]", note):  # (a label in it, `※總務課負責；期程：每季`: a note of labels, not bare)
        return {}
    last = trailing_note(note, labelled=False)
    # (`甲課；颱風季後（10月底）`, `甲課／汛期（5月至11月）`: a bracket after the second of two clauses or of two values
    # set apart by a slash or a bar glosses that one, it is not the note's other field)
    if last and re.search(rf"[；;／∕｜|]|(?<!\d)/(?!\d)|(?<!\d)[{MIDDLE_DOTS}](?!\d)", note[: last[0]]):
        return unlabelled_fields(note)
    if paired and (doing := _DOING_AFTER.fullmatch(note)) and (fields := unlabelled_fields(doing.group(1))):
        return fields  # (`－甲課，依進度辦理辦理－`: the clause's verb after a time that holds one)
    fields = _unit_and_date(note[: last[0]], last[1]) if last and note[: last[0]].strip() else unlabelled_fields(note)
    return _time_without_doing(fields) if paired else fields


# a verb of doing the work after the time it is done by (`每季辦理`, `6月底前執行`, `年底前實施`)
_DOING_AFTER = re.compile(r"(.+)\s*(?:辦理|執行|實施|進行)")


def _time_without_doing(fields: dict[str, str]) -> dict[str, str]:
    """The time of a note set off by a pair of dashes, a clause of its own, with the verb of doing after it
    (`－甲課，每季辦理－`, `—乙室，6月底前執行—`): the verb is the clause's, not the time, where the grammar or the
    field model reads the time bare. (A note with no closing dash keeps it: `甲課／每季辦理` is done by each quarter.)"""
    doing = _DOING_AFTER.fullmatch(fields.get("deadline", ""))
    bare = doing.group(1) if doing else ""
    if bare and _reads_as_time(bare):
        return {**fields, "deadline": bare}
    return fields


# (a dash after a sentence or a word, then the note's first word: not a date's, 108-2-9; or an arrow, as a
# labelled note's may open, pointing from the act to who and when: `…。→總務股；每季`, `…。⇒每季（甲課）`)
# (or a reference mark straight after the sentence's stop, as a footnote opens: `…。＊總務股／每季`, `…。※每季（甲課）`)
# (or any mark of the shapes and dingbats straight after the stop, as a list's bullet opens a line: `…。◇每季‧甲課`, `…。▲甲課／每季`)
_SHAPE_MARKS_SET = frozenset(ch for ch in map(chr, range(0x25A0, 0x27C0)) if unicodedata.category(ch) == "So")
_NOTE_MARKS = re.escape("＊*※✱✲✳⁎†‡" + "".join(sorted(_SHAPE_MARKS_SET)))  # (the reference marks, then the shapes)
_BARE_DASH_NOTE = re.compile(rf"(?:{_ARROW}|[－—―─–]{{1,2}}|(?<!\d)-{{1,2}}|(?<=[。！？])\s*[{_NOTE_MARKS}])\s*(?=[\u4e00-\u9fff\d])")
# a note opened by a mark after the sentence's stop and not ended yet (`…改進。◇每季`): a hard wrap inside it continues it
OPEN_MARKED_NOTE = re.compile(rf"[。！？]\s*[{_NOTE_MARKS}][^。！？]*$")


# a label ended by an equals sign instead of a colon (`主辦＝總務股`, `完成期限=每季`, `承辦≡甲課`)
_EQUALS_LABEL = re.compile(r"([\u4e00-\u9fff()（）/／]{2,10})\s*([=＝≡≔])")


def equals_labels(text: str) -> str:
    """`負責＝總務股；期限＝每季` → `負責：總務股；期限：每季`: an equals sign after a field's label (the longest
    CJK run before it that ends in a deadline, owner or benefit header name) is the label's colon; one after
    anything else stays (`1+1=2`). The text keeps its length."""
    from ingest.columns import header_role

    def colon(match: re.Match) -> str:
        run = match.group(1)
        named = any(header_role(run[k:]) in ("deadline", "owner", "benefit") for k in range(len(run) - 1))
        return run + match.group()[len(run):-1] + "：" if named else match.group()

    return _EQUALS_LABEL.sub(colon, text)


def _bracketed_labels(text: str) -> str:
    """`《負責》總務股` → ` 負責：總務股`: a field's label in any bracket pair (`【期限】`, `〔承辦〕`) written
    as a label and its colon, set off by a space from the value before it (and a label ended by an equals
    sign, `負責＝總務股`, as by a colon)."""
    from ingest.columns import header_role

    def label(match: re.Match) -> str:
        name = match.group(2).strip()
        name = _label_name(name)
        if (bracket_partner(match.group(1)) != match.group(3) or header_role(name) not in ("deadline", "owner", "benefit")
                or _UNIT_ROLE.fullmatch(match.group())):  # `事故處理組（主辦）`: a unit's part, no label
            return match.group()
        return f" {name}："

    return _BRACKETED.sub(label, equals_labels(text))


def _label_name(name: str) -> str:
    """The label a bracketed word stands for: one cut to its one character (`【責】`, `〔期〕`), or a verb of finishing,
    when it is done (`【完成】每季`, `〔辦竣〕6月底`), the time's."""
    name = _ONE_CHARACTER_LABELS.get(name, name)
    return "完成期限" if re.fullmatch(_FINISH, name) else name


def ends_in_bracketed_label(text: str) -> bool:
    """The text ends in a field's label in brackets with no value after it (`…【責】總務課【期】`): a hard wrap fell
    between the label and its value, which the next line holds."""
    from ingest.columns import header_role

    def is_label(group: re.Match) -> bool:
        name = group.group(2).strip()
        return bracket_partner(group.group(1)) == group.group(3) and header_role(_label_name(name)) in (
            "deadline", "owner", "benefit")

    groups = list(re.finditer(rf"([{_OPENING}])([^{_OPENING}{_CLOSING}]{{1,10}})([{_CLOSING}])", text))
    # (a series of them: a label with its value before it, in the same brackets; a time in brackets closing the item,
    # `（寒假期間）`, is no label)
    # (or the note's first label straight after the sentence it closes, `…改進。【主政】`)
    return bool(groups) and groups[-1].end() == len(text.rstrip()) and is_label(groups[-1]) and (any(
        is_label(g) and g.group(1) == groups[-1].group(1) for g in groups[:-1]) or text[: groups[-1].start()].rstrip().endswith("。"))


# (a label's brackets are any pair bracket_partner pairs: the punctuation that opens and closes, and the mirrored
# less- and greater-than signs typed as angle brackets, `＜主辦＞`, `<期限>`)
_LABEL_ANGLES = "".join(ch for ch in map(chr, range(0x20, 0x10000))
                        if unicodedata.category(ch) == "Sm" and "LESS-THAN SIGN" in unicodedata.name(ch, "")
                        and bracket_partner(ch))
_OPENING, _CLOSING = (re.escape(side + angles) for side, angles in
                      zip(brackets(quoting=True), (_LABEL_ANGLES, "".join(map(bracket_partner, _LABEL_ANGLES))), strict=True))
# (a label has its value after it: a word or a number, not a separator or the end)
_BRACKETED = re.compile(rf"([{_OPENING}])([^{_OPENING}{_CLOSING}]{{1,10}})([{_CLOSING}])(?=\s*[\w])")
# A field's label cut to one character in brackets (`【責】總務課【期】每季`, `〔辦〕…〔限〕…`): the character of the label
# that says the field (負責, 承辦, 主辦, 權責 / 期限, 時間, 期程 / 效益) stands for the label
_ONE_CHARACTER_LABELS = {"責": "負責", "辦": "承辦", "主": "主辦", "承": "承辦", "權": "權責",
                         "期": "期限", "限": "期限", "時": "時間", "程": "期程", "效": "效益", "益": "效益"}


def _note_label(run: str, colon: int, header_role) -> tuple[int, str] | None:
    """(start, role) of the label ending at `colon`: the longest suffix of `run` that is a
    known header name exactly, else the longest whose role is known."""
    from ingest.columns import KNOWN_HEADERS

    names = {name: role for role, group in KNOWN_HEADERS.items() for name in group}
    for exact in (True, False):
        for n in range(len(run), 1, -1):
            label = run[-n:]
            role = names.get(label) if exact else header_role(label)
            if role in ("deadline", "owner", "benefit"):
                return colon - n, role
    return None


def _field_separators() -> str:
    """What sets one field of a note off from the next, by Unicode name: any comma, semicolon,
    solidus or vertical line (`；` `，` `／` `｜` `¦` and their small and fullwidth forms; the mathematical
    vertical lines too, `∣` divides, `∥` parallel, and the vertical bars of the dingbats, `❘`; an ampersand joining
    two fields, `主辦：甲課＆期限：每季`), a space, and
    a list's bullet before the next label (`主辦：總務課 ●期限：每季`)."""
    kinds = re.compile(r"\b(?:COMMA|SEMICOLON|SOLIDUS|DIVISION SLASH|VERTICAL LINE|BROKEN BAR|DIVIDES|PARALLEL TO|VERTICAL BAR|AMPERSAND)\b")
    punctuation = "".join(ch for ch in map(chr, range(0x21, 0x10000))
                          if unicodedata.category(ch) in ("Po", "Sm", "So") and kinds.search(unicodedata.name(ch, ""))
                          and "DIGIT" not in unicodedata.name(ch, "") and ch not in "\\")
    return " " + punctuation + "".join(dict.fromkeys(ch for ch in LISTED_GLYPHS if ch not in punctuation))


FIELD_SEPARATORS = _field_separators()
_LABEL_RUN = re.compile(rf"[^{re.escape(FIELD_SEPARATORS)}\s:]*$")
# (a label may hold a solidus, `主辦/協辦單位：`, `預期效益／指標：`, when what stands before it is a label word
# too; a value before it is the field before: `99年2月底／承辦課室：`)
_SOLIDUS_LABEL_RUN = re.compile(rf"[^{re.escape(''.join(ch for ch in FIELD_SEPARATORS if not re.search('SOLIDUS|SLASH', unicodedata.name(ch, ''))))}\s:]*$")


# the field a note leaves when it states the other one (a unit beside a time, a time beside a unit)
_OTHER_FIELD = {"deadline": "owner", "owner": "deadline"}


def _without_bracketed_value(run: str, header_role) -> str:
    """A label's run less a value in brackets before it (`【甲課】期限` → `期限`): a qualifier follows a label's name,
    a value in brackets before it is a field of its own, unlabelled."""
    lead = re.match(rf"[{_OPENING}]([^{_CLOSING}]{{2,}})[{_CLOSING}](?=[\u4e00-\u9fff]{{2}})", run)
    role = header_role(run[lead.end():]) if lead else None
    other = _OTHER_FIELD.get(role or "")
    # (the value told by its kind, or by the field model as the field the label leaves: `【值班席】期限：…`)
    if lead and role in ("deadline", "owner", "benefit") and (value_role(lead.group(1)) or other and learned_field(lead.group(1), other)):
        return run[lead.end():]
    return run


_QUALIFIED_LABEL = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{2,10})[（(][^（）()]{1,12}[)）]\s*$")
_LABEL_WORD = re.compile(r"[\u4e00-\u9fff()（）/／]{2,8}|[A-Za-z]{2,8}")
_BAR_LABEL = re.compile(r"(?:^|(?<=[\s｜|¦]))([^\s:｜|¦]{2,12})\s*[｜|¦]\s*")


# a label ended by a solidus (`◎負責單位/總務課　◎完成時間/每季`), after a separator or a bullet, or first
_SOLIDUS_LABEL = re.compile(rf"(^|[{re.escape(''.join(ch for ch in FIELD_SEPARATORS if not re.search('SOLIDUS|SLASH', unicodedata.name(ch, ''))))}\s])\s*"
                            r"([\u4e00-\u9fff]{2,8})\s*[/／]\s*(?=\S)")


def _bar_label(run: str, field, alone: bool) -> str | None:
    """`每逢週六負責` before a bar: the value before, then the label glued to it (a wrap lost the space)."""
    for start in range(1, len(run) - 1):  # the longest label whose text before is a field's value
        if field(run[start:]) and value_role(run[:start]):
            return f"{run[:start]} {run[start:]}:"
    return f"{run}:" if alone and field(run) else None


def _colon_labels(note: str, header_role) -> str:
    """A note's labels ended as a colon ends them: a label may be ended by a vertical line (`期限｜每季
    負責｜總務組`) or, in a note of label and value pairs only, by a space (`期限 每季 負責 總務組`)."""
    def field(word: str) -> bool:  # (a label is a short name: no sentence before it, `…調查。期限` is none)
        return bool(_LABEL_WORD.fullmatch(word)) and header_role(word) in ("deadline", "owner", "benefit")

    def bar(m: re.Match) -> str:  # (after another bar only a value glued to its label: `每逢週六負責｜`)
        alone = m.start() == 0 or note[m.start() - 1].isspace()
        return _bar_label(m.group(1), field, alone) or m.group()

    note = _BAR_LABEL.sub(bar, note)

    def solidus(m: re.Match) -> str:  # (not a label that goes on after it: `主辦/協辦單位：`)
        after = note[m.end():]
        if not field(m.group(2)) or re.match(r"[\u4e00-\u9fff]{1,8}(?:[(（][^()（）:：]{0,8}[)）])?\s*[:：]", after):
            return m.group()
        return f"{m.group(1)}{m.group(2)}:"

    note = _SOLIDUS_LABEL.sub(solidus, note)
    words = note.split()
    if ":" not in note and len(words) >= 2 and len(words) % 2 == 0 and all(field(w) for w in words[::2]) \
            and not any(field(w) for w in words[1::2]):
        return " ".join(f"{label}:{value}" for label, value in zip(words[::2], words[1::2], strict=True))
    return note


_OPEN_ALL, _CLOSE_ALL = brackets(quoting=True)


def _bracket_depth(text: str) -> int:
    return sum(ch in _OPEN_ALL for ch in text) - sum(ch in _CLOSE_ALL for ch in text)


@cache
def _field_header_names() -> frozenset[str]:
    """The known header names of a deadline, owner or benefit column (once: note_fields runs per label)."""
    from ingest.columns import KNOWN_HEADERS

    return frozenset(name for role, group in KNOWN_HEADERS.items() if role in ("deadline", "owner", "benefit") for name in group)


def _finish_or_header_role(name: str) -> str | None:
    """A label's role: a column header's, or, for a verb of finishing standing as the label (`完成：每季`, `辦竣：6月底`),
    the time's, as in brackets (_label_name): what is finished is done by the time after it."""
    from ingest.columns import header_role

    return "deadline" if name and re.fullmatch(_FINISH, name) else header_role(name)


# a label word no header list knows: two to four characters (`限辦`, `經辦`, `時限別`)
_UNKNOWN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _unknown_labels_by_value(note: str, labels: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A note of labels, one of them a word no list knows (`承辦：甲課；限辦：聲請後5日內`): where the others are known,
    that label's field is what its value is by grammar (a date or period, a unit), the field no other label took;
    anything else and the note is not read as fields."""
    unknown = [k for k, (_, _, role) in enumerate(labels) if role == "?"]
    if not unknown:
        return labels
    taken = {role for _, _, role in labels if role != "?"}
    if len(unknown) > 1 or not taken:
        return []
    k = unknown[0]
    stop = labels[k + 1][0] if k + 1 < len(labels) else len(note)
    value = squash_ws(note[labels[k][1]: stop]).strip(FIELD_SEPARATORS)
    # (by grammar, or by the field model where the value is words: a number alone, `1234567`, is a contact's, no time)
    worded = len(re.findall(r"[\u4e00-\u9fff]", value)) >= 2
    role = ("deadline" if is_deadline(value) or worded and learned_field(value, "deadline") else
            "owner" if is_owner(value) or worded and learned_field(value, "owner") else None)
    if role is None or role in taken:
        return []
    return [(start, value_start, role if j == k else r) for j, (start, value_start, r) in enumerate(labels)]


def note_fields(note: str) -> dict[str, str]:
    """The fields of a note's text (`完成期限：每季；承辦單位：典藏課`): {role: value}, or {} unless
    every label is a column header of a deadline, owner or benefit and the note starts with one
    (one label no list knows may stand among them: its value's kind names its field)."""
    header_role = _finish_or_header_role
    fullwidth = "：" in note
    note = _colon_labels(note.replace("：", ":"), header_role)
    labels: list[tuple[int, int, str]] = []  # (label start, value start, role)
    # (a colon between digits is a clock's, `08:30`, and ends no label)
    for colon in (i for i, ch in enumerate(note) if ch == ":" and not (0 < i < len(note) - 1 and note[i - 1].isdigit() and note[i + 1].isdigit())):
        floor = labels[-1][1] if labels else 0
        if _bracket_depth(note[floor:colon]) > 0:
            continue  # a colon inside a bracketed aside of the value (`總務組（承辦人：王○○）`) ends no label
        run = _LABEL_RUN.search(note[floor:colon]).group()  # the label has no separator in it
        run = _without_bracketed_value(run, header_role)
        # (but its bracketed qualifier may: `權責分工（主辦、協辦）：`, the roles it names parted inside it)
        qualified = _QUALIFIED_LABEL.search(note[floor:colon])
        if qualified and len(qualified.group()) > len(run) and header_role(qualified.group(1)) in ("deadline", "owner", "benefit"):
            run = qualified.group()
        wide = _without_bracketed_value(_SOLIDUS_LABEL_RUN.search(note[floor:colon]).group(), header_role)
        head = wide[: len(wide) - len(run) - 1]
        check = _KIND_CHECK.get(labels[-1][2]) if labels else None
        value_before = check is not None and check(head)
        first_whole = not labels and header_role(wide) in ("deadline", "owner", "benefit")  # (`主/協辦單位：` opens the note)
        # (or a word of one to three characters before it, the whole a field's header: `主稿／會稿單位：`, both sides one label)
        whole_label = re.fullmatch(r"[\u4e00-\u9fff]{1,3}", head) is not None and header_role(wide) in ("deadline", "owner", "benefit")
        if wide != run and (first_whole or header_role(head) or _bracket_depth(head) > 0 or whole_label) and not value_before:
            # both sides of the solidus are label words (not the value of the field before, `每季／承辦課室：`), or it
            # stands inside the label's bracketed aside, whatever the aside says (`負責科室（主/協）：`)
            run = wide
        # a label is all that stands after the separator before its colon (`辦理時程：`, `主辦/協辦單位：`),
        # unless that leaves the field before it empty: then the separator was lost (`長期辦理承辦單位：`)
        whole = header_role(run) if run and (not labels or note[labels[-1][1]: colon - len(run)].strip(FIELD_SEPARATORS)) else None
        # (but a run that starts with the value of the field before and ends with a label of its own is that value
        # glued to the label by a hard wrap: `…、乙組合辦預計效益：` is the unit `乙組合辦`, then `預計效益`)
        # (whatever the run names as a whole: `各課及辦事處承辦人截止：` is too long for a header, `社宅營運組截止：` leaves
        # the value before it empty)
        # (a header name exactly, the longest, first: `長期辦理承辦單位：` is 長期辦理, then 承辦單位)
        if check:
            exact = _field_header_names()
            glued = next((k for k in range(2, len(run) - 1) if run[k:] in exact and check(run[:k])), None)
            glued = glued if glued is not None else next((k for k in range(len(run) - 2, 1, -1) if header_role(run[k:]) in (
                "deadline", "owner", "benefit") and check(run[:k])), None)
            if glued is not None:
                run = run[glued:]
                whole = header_role(run)
        found = (colon - len(run), whole) if whole in ("deadline", "owner", "benefit") else _note_label(run[-10:], colon, header_role)
        if found is None and _UNKNOWN_LABEL.fullmatch(run) and (labels or note[: colon - len(run)].strip(FIELD_SEPARATORS) == ""):
            found = (colon - len(run), "?")  # a short word no list knows (`限辦：…`): its value says its field, below
        if found is None:
            return {}
        labels.append((found[0], colon + 1, found[1]))
    if not labels or note[: labels[0][0]].strip(FIELD_SEPARATORS):
        return {}
    labels = _unknown_labels_by_value(note, labels)
    fields: dict[str, str] = {}
    for k, (_, value_start, role) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else len(note)
        value = squash_ws(note[value_start:stop]).strip(FIELD_SEPARATORS)
        if k == len(labels) - 1:
            value = value.rstrip("－—―─– ")  # (the dash closing a note set off by two, `—承辦：甲課；時程：每季—`: no part of a value)
        if not value:
            return {}
        # (a value's aside keeps its colon; a clock's, between digits, stays as written)
        fields[role] = re.sub(r"(?<!\d):|:(?!\d)", "：", value) if fullwidth else value
    return _owner_aside_of_deadline(fields)


_AGENT_CLOSING = re.compile(rf"(?:{_AGENT_VERBS})$")


def _owner_aside_of_deadline(fields: dict[str, str]) -> dict[str, str]:
    """A deadline whose bracketed aside names who carries it out (`期限：每季（總務課主政）`, `時程：6月底前（甲組負責）`):
    the time is the deadline, the unit the owner, where the note named no owner of its own."""
    deadline = fields.get("deadline")
    note = trailing_note(deadline, labelled=False) if deadline and "owner" not in fields else None
    verb = _AGENT_CLOSING.search(note[1].strip()) if note else None
    if note is None or verb is None:
        return fields
    unit, time = squash_ws(note[1].strip()[: verb.start()]), squash_ws(deadline[: note[0]])
    if unit and time and (is_owner(unit) or learned_field(unit, "owner")):  # (the label already says the time is one)
        return {**fields, "deadline": time, "owner": unit}
    return fields


def inline_fields(text: str) -> tuple[str, dict[str, str]]:
    """Fields a prose item names in a closing parenthesis, as web-page plans write them:
    `…（完成期限：每季；承辦單位：典藏課）` or `（主辦單位：典藏課，辦理期程：每季）` → the text
    without it, {deadline, owner}. Only a note whose every label is a known column header is
    read; any other stays text. A label is found before each colon (the longest known header
    ending there), so a separator lost in a hard wrap (`長期辦理承辦單位：`) does not matter.
    Notes may follow each other, one field in each (`…＜期限：每月＞＜承辦：總務股＞`), and a
    closing sentence may state them (`…。由總務股負責，期限為每月。`)."""
    fields: dict[str, str] = {}
    while True:
        note = trailing_note(text, labelled=False)
        # (not `（窗口：陳小姐）` inside, nor a clock's colon, `08:30`)
        found = _fields_of_note(note[1]) if note else {}
        if not found or set(found) & set(fields):
            break
        text, fields = text[: note[0]].rstrip(), found | fields
    if fields:
        return text, fields
    return bar_note(text) or twin_notes(text) or dash_note(text) or closing_sentence(text) or (text, {})


# A note framed by vertical bars (`…。｜總務課｜每季｜`, `| 期限：每月 | 承辦：總務股 |`): a table's row typed as text
_NOTE_BARS = re.escape(VERTICAL_LINES)  # (any vertical line: `∥總務課∥每季∥` as `｜總務課｜每季｜`)
_BAR_NOTE = re.compile(rf"[{_NOTE_BARS}]\s*([^{_NOTE_BARS}]+?(?:\s*[{_NOTE_BARS}]\s*[^{_NOTE_BARS}]+?)?)\s*[{_NOTE_BARS}]\s*$")
# (or by slashes of a wide form, one mark all through: `…。╱總務課╱每季╱`; never the ASCII one, a date's: 115/6/30)
_SLASH_NOTE = re.compile(r"([／∕╱])\s*((?:(?!\1).)+?(?:\s*\1\s*(?:(?!\1).)+?)?)\s*\1\s*$")


def bar_note(text: str) -> tuple[str, dict[str, str]] | None:
    """(text before it, fields) of a note framed by vertical bars or wide slashes that closes `text`, its fields
    labelled or not (a unit and a date or period, in either order); None unless it holds a field and nothing else."""
    text = text.rstrip()
    for pattern, group in ((_BAR_NOTE, 1), (_SLASH_NOTE, 2)):
        if match := pattern.search(text):
            fields = _fields_of_note(match.group(group))
            return (text[: match.start()].rstrip(), fields) if fields else None
    return None


def _fields_of_note(note: str) -> dict[str, str]:
    """The fields of a note's text, by its labels when it has any (not `（窗口：陳小姐）` inside, nor a
    clock's colon, `08:30`), else as the time and its agent or a unit and a date in either order."""
    note = equals_labels(note)  # (`主辦＝總務股；期限＝每季`: labels ended by an equals sign)
    labelled = re.search(r"(?<!\d)[:：]|[:：](?!\d)", re.sub(r"[（(][^（）()]*[)）]", "", note))
    # (a note of clauses, an agent's and a label's, `由甲課承辦，時限：每季`: each clause states a field)
    # (labels it does not know: each value told by what it is, `負責者：甲課，完成於：每季`)
    # (a note of clauses with no colon, an agent's and a glued label's, `〈由甲課負其全責，限期每季〉`: the same, before
    # the bare values are tried: each clause says what its value is)
    return note_fields(note) or _two_clauses(note) or values_by_kind(note) or _colon_pair(note) if labelled \
        else time_and_agent(note) or _two_clauses(note) or unlabelled_fields(note)


def _colon_pair(note: str) -> dict[str, str]:
    """{deadline, owner} of a note of two values a colon parts, neither a label (`6月底：總務課`, `總務課：收件後3日內`):
    one a unit, the other a time, in either order; {} for any other (a known label before the colon names its value)."""
    from ingest.columns import header_role

    parts = re.split(r"(?<!\d)[:：]|[:：](?!\d)", note)
    if len(parts) != 2 or _bracket_depth(parts[0]):
        return {}
    left, right = (squash_ws(p).strip(FIELD_SEPARATORS + " ") for p in parts)
    if not left or not right or header_role(left):
        return {}
    # (a time of any form beside the unit: a word of the calendar, the clock or a bound in it, not a number alone, `0800-…`)
    roles = [value_role(v) or ("deadline" if _note_deadline(v) or _TIME_WORD.search(v) and not is_owner(v) else None)
             for v in (left, right)]
    return {roles[0]: left, roles[1]: right} if sorted(map(str, roles)) == ["deadline", "owner"] else {}


# a label of any name before a colon, at the note's start or after a separator (`負責者：`, `完成於：`)
_ANY_LABEL = re.compile(r"(?:^|(?<=[，,；;／/｜|、\s]))\s*([\u4e00-\u9fff]{1,6})\s*[:：]")


def values_by_kind(note: str) -> dict[str, str]:
    """{deadline, owner} of a note of two labels the readers do not know (`負責者：甲課，完成於：每季`, `〈誰〉甲課〈何時〉每季`):
    each label's value told by what it is, by grammar, then the field model; one a unit, the other a time. {} for any
    other (a label inside a value's aside, `（承辦人：王○○）`, is none)."""
    note = _any_bracketed_labels(note)
    labels = [m for m in _ANY_LABEL.finditer(note) if _bracket_depth(note[: m.start()]) == 0]
    if len(labels) != 2 or note[: labels[0].start()].strip(FIELD_SEPARATORS + " "):
        return {}
    fields: dict[str, str] = {}
    learned = 0  # (one value at most by the field model alone, beside one the grammar reads)
    for k, match in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(note)
        value = squash_ws(note[match.end(): stop]).strip(FIELD_SEPARATORS + " ")
        role = value_role(value) or ("deadline" if _note_deadline(value) else None)
        if role is None and value:
            role = next((kind for kind in ("deadline", "owner") if learned_field(value, kind)), None)
            learned += 1
        if role is None or role in fields or learned > 1:
            return {}
        fields[role] = value
    return fields


def _unit_then_time(note: str) -> dict[str, str]:
    """{owner, deadline} of a note of one label whatever its name (`執行：甲課（每季）`, `經辦：乙室（6月底前）`): a run
    of units, then the time in brackets closing it; {} for any other (an aside of a unit, `甲課（承辦人王○○）`, is none)."""
    labels = [m for m in _ANY_LABEL.finditer(note) if _bracket_depth(note[: m.start()]) == 0]
    if len(labels) != 1 or note[: labels[0].start()].strip(FIELD_SEPARATORS + " "):
        return {}
    value = squash_ws(note[labels[0].end():]).strip(FIELD_SEPARATORS + " ")
    return _unit_and_bracketed_time(value, framed=True) or {}


def _unit_and_bracketed_time(value: str, framed: bool = False) -> dict[str, str] | None:
    """A unit, then one bracketed note that is a time (`甲課（每季）`): {owner, deadline}; else None. One of the
    two may pass by the field model alone (a time told by an event, a unit with its clause), or both where a label
    opens the note: the frame, a label, a value and a time in brackets, says what each is."""
    note = trailing_note(value, labelled=False)
    if note is None:
        return None
    unit, time = squash_ws(value[: note[0]]), squash_ws(note[1])
    unit_known, time_known = is_owner(unit), is_deadline(time) or _note_deadline(time)
    limit = 24 if framed else 16  # (the frame says the bracket holds the time: a longer one passes, `6月完成規劃，翌年起實施`)
    learned = (unit_known or learned_field(unit, "owner")) and (time_known or len(time) <= limit and learned_field(time, "deadline"))
    if unit_known and time_known or learned and (unit_known or time_known or framed):
        return {"owner": unit, "deadline": time}
    return None


def _any_bracketed_labels(text: str) -> str:
    """`〈誰〉甲課〈何時〉每季` → ` 誰：甲課 何時：每季`: a short word in a bracket pair with a value after it, as a label."""
    def label(match: re.Match) -> str:
        return f" {match.group(2)}：" if bracket_partner(match.group(1)) == match.group(3) else match.group()

    return re.sub(rf"([{_OPENING}])([\u4e00-\u9fff]{{1,6}})([{_CLOSING}])(?=\s*[^\s{_CLOSING}])", label, text)


def _two_clauses(note: str) -> dict[str, str]:
    fields = clause_fields(note)
    return fields if len(fields) == 2 else {}


# The time, then the agent that finishes by it (`6月底前由總務股辦竣`, `每季由總務股負責`): 前 before 由 says "by"
_TIME_AGENT = re.compile(rf"(.+?)\s*(?:[之以]?前)?\s*由\s*(.+?)\s*(?:{_AGENT_VERBS}|{_FINISH}|處理)(?:辦理|執行)?")


def time_and_agent(clause: str) -> dict[str, str]:
    """{deadline, owner} of a clause that names the time and then the agent (`X前由Y辦竣`); {} for any other."""
    match = _TIME_AGENT.fullmatch(squash_ws(clause))
    if not match:
        return {}
    time, agent = _unframed(match.group(1)), match.group(2)
    set_for = _SET_FOR.match(time)
    time = set_for.group(1) if set_for and len(set_for.group(1)) >= 2 else time  # (`限於6月底前由甲課辦竣`: the time, not its lead)
    if re.search(r"[，,；;]", time):
        return {}  # (two clauses, `每季辦理，由甲課主辦`: each read on its own)
    if not (is_owner(agent) or learned_field(agent, "owner")) or not (is_deadline(time) or len(time) <= 16 and _note_deadline(time)
                                                                        or len(time) <= 16 and learned_field(time, "deadline")):
        return {}
    return {"deadline": time, "owner": agent}


def _unframed(time: str) -> str:
    """`《期限：每季》` → `每季`: a time written as a labelled note in a bracket pair is the note's value."""
    if len(time) < 3 or bracket_partner(time[0]) != time[-1] or is_closing_bracket(time[0]):
        return time
    return _fields_of_note(time[1:-1]).get("deadline", time) if re.search(r"[:：]", time) else time


def twin_notes(text: str) -> tuple[str, dict[str, str]] | None:
    """Two bracketed notes closing `text`, a unit in one and a date or period in the other, in
    either order (`…。﹙總務課﹚﹙每季﹚`): (text before them, {owner, deadline}); else None. One
    such note alone is an aside, not a field."""
    values: list[str] = []
    rest = text
    for _ in range(2):
        note = trailing_note(rest, labelled=False)
        if note is None:
            return None
        values.append(squash_ws(note[1]))
        rest = rest[: note[0]].rstrip()
    roles = [value_role(value) for value in values]
    # (one told by its kind, the other by the field model as the field left: `＜法政處＞＜收文翌日起算5個工作天＞`)
    for k, other in ((0, 1), (1, 0)):
        left = _OTHER_FIELD.get(roles[other] or "")
        if roles[k] is None and left and learned_field(values[k], left):
            roles[k] = left
    if roles == [None, None]:  # (or both by the field model, one a unit, the other a time: the pair frames one of each)
        learned = [next((kind for kind in ("deadline", "owner") if len(v) <= 24 and learned_field(v, kind)), None) for v in values]
        roles = learned if None not in learned else roles
    if None in roles or roles[0] == roles[1]:
        return None
    return rest, dict(zip(roles, values, strict=True))


# A clause that plans the time: 預定/預計 and a date or period, then 完成 or another end
# (`預定108年第4季完成`, `預計每季辦理`)
# (or a modal of duty: `應於111學年度下學期完成`, `須於每月5日前辦竣`)
# (or reached: `預定每季達成`, `預計6月底前達標`)
_PLANNED = re.compile(rf"(?:(?:預定|預計|預期)\s*(?:於|在)?|(?:擬|將|應|須|需|務必?)\s*(?:於|在))\s*(.+?)\s*(?:{_FINISH}|達標|實現)?")
# … its plainest form, planned and finished (`預定於X完成`), or owed and finished (`應於X完成`, `須在X辦竣`): whatever
# stands there is the time
_PLANNED_DONE = re.compile(rf"(?:預定|預計|擬|將|應|須|需|務必?)\s*(?:於|在)\s*(.+?)\s*(?:{_FINISH})")
# … without 於: a time the field model knows, or one told by an event (`預定預算執行率達50%時達成`)
_PLANNED_REACHED = re.compile(rf"(?:預定|預計)\s*(.+?)\s*(?:{_FINISH})")
# the item a closing sentence speaks of, as its subject (`本項由總務股負責`, `本案由…辦理`)
# one clause naming both, the agent and then the time (`由總務股於每季前完成`, `由總務股在年底辦理`): the
# frame says what the time is, so any short phrase there is the deadline (每月抄表日)
# (or the agent charged with it by a verb of assigning, `責成總務股於6月底前辦理完竣`, `指派甲課於每季完成`, `交由乙室在年底前執行`;
# the verb of doing and of finishing may both close it, `辦理完竣`, `執行完成`)
_ASSIGNING = "由|責成|責由|交由|交付|委由|指派|指定|飭令|飭由|督促"
# (or asked to do it, as by the request a note may close with: `本項請甲課於每季辦理完成`, _ASKING)
# the time a frame gives (於/在 and the time, the frame's own 前, or a 內 after a time closed by one) and the work done
_AT_TIME = r"(?:於|在)\s*(.+?)\s*(?:[之以]?前|(?<=[前內])內)?\s*"
_DONE = rf"(?:辦理|執行)?\s*(?:{_FINISH})"
_AGENT_AT = re.compile(rf"(?:{_ASSIGNING}|{_ASKING})\s*(.+?)\s*{_AT_TIME}(?:{_DONE}|辦理|執行)")
# … with no word of assigning: the unit opens the clause (`甲組於6月底前辦理完畢`; the unit checked where it is read)
_BARE_AGENT_AT = re.compile(rf"([\u4e00-\u9fff（）()、及暨與和]+?)\s*{_AT_TIME}{_DONE}")


# a count of days or weeks before an event's 前 (`開庭期日7日前`, `出航三週前`): no date (`6月30日前`), a span
_COUNTED_SPAN = re.compile(r"(?<![月年/\-.\d])(?:\d{1,3}|[一二兩三四五六七八九十]{1,3})\s*(?:個)?(?:日|天|週|周|星期|月|小時)$")


def _time_with_own_bound(time: str, clause: str) -> str:
    """The time read before a frame's 前 (`於X前辦理完成`), with that 前 when the time ends counting days or weeks
    from an event (`開庭期日7日前`: seven days before it): the 前 makes the span a time, it is the time's, not the frame's."""
    span = _COUNTED_SPAN.search(time)
    return time + "前" if span and len(time) > len(span.group()) and re.search(re.escape(time) + r"\s*前", clause) else time


def _unit_less_manner(agent: str) -> str:
    """The unit of an agent read up to its 於, less a word of manner after it (`甲課依限`, `乙室如期`, `丙股務必`):
    the longest start the grammar reads as a unit leaving one to three characters, whatever the word; else the agent.
    A unit at its time reads whatever follows it, so one ends less only a word of keeping to the time (`…輪值依限`)."""
    kept = re.fullmatch(rf"(.+?)\s*(?:{_ON_TIME})", agent)
    if kept:  # (no unit's name ends in such a word)
        return kept.group(1)
    if is_owner(agent):
        return agent
    return next((agent[:end] for end in range(len(agent) - 1, max(len(agent) - 4, 1), -1)
                 # (never after a list's separator: the list goes on, `甲組、乙堂於…`)
                 if re.fullmatch(r"[\u4e00-\u9fff]+", agent[end:]) and agent[end - 1] not in "、，,及與和暨" and is_owner(agent[:end])),
                agent)

# a time and the verb of finishing (`每10日完成`): the time is the deadline
_DONE_BY = re.compile(rf"(.+?)\s*(?:{_FINISH})")
# a time, then 前 and a verb of finishing, a frame's (`…，{time}前完成`)
# (the bound in any of its forms, 前, 之前, 以前: `…期間內以前完成`)
_BEFORE_DONE = re.compile(rf"(.+?)\s*(?:之|以)?前\s*(?:{_FINISH})")
# a time closed by its own bound: before or within it (前, 內, 以前, 止, 截止), an act after such a bound (`…日前上線`,
# `…前完成建置`), a span from a date (起), or a verb of finishing ending it (`上半年度完成`)
_CLOSED_TIME = re.compile(rf"(?:前|內|止|截止|以前)[\u4e00-\u9fff]{{0,6}}$|起|(?:{_FINISH})$"
                          # (or a span counted back from an event, `典禮前1個月`, `開訓前7日`: a point in time)
                          rf"|前\s*\d{{1,3}}\s*個?(?:月|日|天|週|周|星期|年|小時|工作天|工作日)$"
                          # (or the times the work is done counted, a frequency no bound can close: `上、下半年各1次`, `每季2次`)
                          r"|(?:[\d一二兩三四五六七八九十]{1,3})\s*次$")
# (a time closed by a verb of finishing: a date or a period of the year before it, `…上半年度完成`)


def _event_before(event: str) -> bool:
    """An event that is no time by itself, the 前 after it making it one (`颱風季節來臨` / `颱風季節來臨前`): the 前 is
    the time's, not a frame's: an event happening, not a day or a period named. Told by the grammar alone: the field
    model reads events bare as times too."""
    # (a day or a period named, `每學期開學日`, `新生報到日`, is a point of its own: the 前 after it the frame's)
    return not (is_deadline(event) or _note_deadline(event)) and not re.search(r"[日天週周月季年期時號]$", event) \
        and is_deadline(event + "前")


def _closed_time(time: str) -> bool:
    """A time that holds its own bound already (`收件後7日內`, `6月15日前上線`, `公告…會議開會前`), so the 前 or the verb
    of doing a frame sets after it is the frame's, not the time's: told by what the time is, not by the frame's words."""
    return len(time) <= 24 and bool(_CLOSED_TIME.search(time)) and not re.search(r"[，,；;。]", time) and (
        is_deadline(time) or _note_deadline(time) or bool(learned_field(time, "deadline"))
        or bool(re.search(r"(?:前|內|以前)$", time)))
# (the longest first: 本項工作由…; the items just listed: 以上事項由…, 上述工作由…, 前開措施由…)
_THIS_ITEM = re.compile(r"^(?:(?:本|此|該)(?:項工作|項措施|措施|項|案)|(?:以上|上述|上開|前述|前開|上列)(?:各項)?(?:事項|工作|措施|項目|作法|各項)?)\s*")
# A closing sentence that only says who does it and when: clauses split by ，、；, each the agent of
# a clause (`由總務股負責`, `由總務股辦理`) or a label with 為/是/訂為 and its value (`期限為每月`,
# `完成時間訂於6月底`).
# (or belongs to it: `權責歸屬總務課`, `主辦屬於資訊股`)
_LABEL_IS = re.compile(r"([\u4e00-\u9fff]{2,6}?)\s*(?:訂為|訂於|定為|定於|歸屬於?|屬於|為|是|:|：)\s*(.+)")
# the value first, then 為 and its label (`總務課為主辦單位`, `每季為辦理期程`, `資訊股擔任承辦單位`)
_VALUE_IS = re.compile(r"(.+?)\s*(?:為|是|係|擔任)\s*(?:本項|本案|本措施)?\s*(?:之)?\s*([\u4e00-\u9fff]{2,6})")
# a bare 於 or 在, the time, then a verb of finishing (`於每季完成`, `並於6月底前辦妥`); a 前 with a verb of
# doing before the finish is the frame's, as after an agent (`並於視需要辦理前辦理完成`, `在每季前執行完竣`)
_AT_DONE = re.compile(rf"(?:[並另且再]\s*)?(?:於|在)\s*(.+?)\s*(?:[之以]?前\s*(?:辦理|執行)\s*)?(?:{_FINISH})")
# … with the verb of doing alone before the finish (`於每季終了後20日內辦理完成`): the frame's where the time is
# one without it
_AT_DOING_DONE = re.compile(rf"(?:[並另且再]\s*)?(?:於|在)\s*(.+?)\s*(?:辦理|執行)\s*(?:{_FINISH})")
# … its fullest form, by the time and done and finished (`並於X前辦理完成`): whatever short phrase stands there is the time
_AT_BEFORE_DONE = re.compile(rf"(?:[並另且再]\s*)?(?:於|在)\s*(.+?)\s*[之以]?前\s*(?:辦理|執行)\s*(?:{_FINISH})")
# a deadline's label and the time it runs to (`辦理期限至6月底`, `執行期程到每年12月`, `期限迄年底`)
_LABEL_UNTIL = re.compile(r"([\u4e00-\u9fff]{2,6}?)\s*(?:至|到|迄)\s*(.+)")


def closing_sentence(text: str) -> tuple[str, dict[str, str]] | None:
    """(text before it, fields) when the last sentence of `text` states only fields; else None."""
    body = text.rstrip()
    stop = body[:-1].rfind("。") if body.endswith("。") else body.rfind("。")
    sentence = body[stop + 1:].rstrip("。 ")
    if stop < 0 or not sentence:
        return None
    fields = clause_fields(sentence)
    return (body[: stop + 1], fields) if fields else None


def clause_fields(sentence: str) -> dict[str, str]:
    """The fields of a sentence whose every clause states one: the agent (`由總務股負責`, `總務股負責`)
    or a label and its value (`期限為每月`, `時程：每季`), after a note mark if any (`※`); else {}."""

    mark = parse_marker(sentence)
    if mark and mark.level == 6:  # a note mark before it (`※由總務股負責`, `＊期限為每月`)
        sentence = mark.rest
    labelled = note_fields(sentence)  # labels all through (`主辦單位：甲課　●完成時限：每季`)
    if not labelled and (bracketed := _bracketed_labels(sentence).strip()) != sentence.strip():
        labelled = note_fields(bracketed)  # labels in bracket pairs after the sentence (`…。【責】總務課【期】每季`)
    if not labelled:
        labelled = values_by_kind(sentence)  # labels of names it does not know, each value told by what it is
    if not labelled:
        labelled = _unit_then_time(sentence)  # one label, a unit and its time in brackets after it (`執行：甲課（每季）`)
    if labelled and set(labelled) <= {"deadline", "owner"}:
        return labelled
    # clauses end at a comma or a semicolon; a semicolon may also part the units of one list
    # (`由甲課、乙課；丙課負責，期程：每季`): then the clauses end at commas only
    return (_clauses_fields(sentence, r"[，,；;]") or _clauses_fields(sentence, r"[，,]") or _field_and_agent(sentence)
            or _clause_and_note(sentence) or _note_and_clause(sentence))


def _note_and_clause(sentence: str) -> dict[str, str]:
    """A bracketed note stating one field, then a clause stating the other (`《期限：每季》由甲課執行`,
    `【6月底前】請乙組辦理`): each read on its own, one field in each (as `_clause_and_note`, the note first)."""
    body = sentence.strip().rstrip("。 ")
    if not body or not bracket_partner(body[0]) or is_closing_bracket(body[0]):
        return {}
    opening, closing = (unicodedata.normalize("NFKC", c) for c in (body[0], bracket_partner(body[0])))
    depths = itertools.accumulate((c == opening) - (c == closing) for c in map(partial(unicodedata.normalize, "NFKC"), body))
    end = next((at for at, depth in enumerate(depths) if depth == 0), None)
    if end is None:
        return {}
    note, rest = body[1:end], body[end + 1:].strip()
    inside = _fields_of_note(note) or ({role: squash_ws(note)} if (role := value_role(note)) else {})
    outside = clause_fields(rest) if rest else {}
    left = {"deadline", "owner"} - set(outside)
    if not inside and len(left) == 1 and learned_field(note, other := left.pop()):
        inside = {other: squash_ws(note)}  # (the frame, one field stated after it, says the note is the other: `【值班席】期限：…`)
    return inside | outside if inside and outside and not set(inside) & set(outside) else {}


def _clause_and_note(sentence: str) -> dict[str, str]:
    """A clause stating one field and a bracketed note after it stating the other (`請甲課彙整辦理情形（期限：每季）`,
    `由甲課負責（115年6月底前）`): each read on its own, one field in each."""
    note = trailing_note(sentence.rstrip("。 "), labelled=False)
    if note is None:
        return {}
    inside = _fields_of_note(note[1]) or ({role: squash_ws(note[1])} if (role := value_role(note[1])) else {})
    before = squash_ws(sentence[: note[0]])
    asked = _REQUEST.fullmatch(before)  # (the unit asked read whole: its units may name their parts in clauses of their own)
    # (a run of units read whole keeps its parts, `甲科負責，必要時由乙站支援`, as a note of it alone does)
    outside = ({"owner": before} if before and is_owner(before) else {"owner": asked.group(1)} if asked and is_owner(asked.group(1))
               else clause_fields(before) if before else {})
    return inside | outside if inside and outside and not set(inside) & set(outside) else {}


def _field_and_agent(sentence: str) -> dict[str, str]:
    """{deadline, owner} of a sentence of one field's clause and an agent's clause whose units name their parts in
    clauses of their own, either first (`預定每季達成，甲組初篩，疑義案件陳報乙部督辦`, `由甲組辦理，乙室監標承辦，時限：每季`):
    the sentence cut at its first or its last comma, the agent's side read whole as a run of units."""
    sentence = sentence.rstrip("。 ")
    cuts = [m for m in re.finditer(r"[，,；;]", sentence) if _bracket_depth(sentence[: m.start()]) == 0]
    if len(cuts) < 2:
        return {}
    for cut, field_first in ((cuts[0], True), (cuts[-1], False)):
        one, many = (sentence[: cut.start()], sentence[cut.end():]) if field_first else (sentence[cut.end():], sentence[: cut.start()])
        field = _clauses_fields(one, r"[，,；;]")
        many = _THIS_ITEM.sub("", squash_ws(many))
        agent = _LAST_VERB.fullmatch(many)
        unit = agent.group(1) if agent and is_owner(agent.group(1)) else _glued_unit(many)  # (or a label glued to the units)
        if set(field) == {"deadline"} and unit:
            return {"deadline": field["deadline"], "owner": unit} if field_first else {"owner": unit, "deadline": field["deadline"]}
    return {}


def _clauses_fields(sentence: str, separators: str) -> dict[str, str]:
    from ingest.columns import header_role

    fields: dict[str, str] = {}
    last = None
    clauses = _clauses(sentence.rstrip("。 "), separators)
    # (the agent's frame spans the clause ending at its verb: `並由甲科督考，乙所執行列管追蹤` names the units of both)
    for k in range(len(clauses) - 1):
        bare = _THIS_ITEM.sub("", squash_ws(clauses[k][0]))  # (`此項由甲科領銜，乙科協力辦理`)
        # (and a verb of assigning's, to the time it gives: `責成甲科召集，各科輪流承辦於6月底前辦理完竣`)
        opened = re.match(rf"[並另且再]?\s*(?:{_ASSIGNING}|{_ASKING})", bare)
        merged = clauses[k][0] + clauses[k + 1][1] + clauses[k + 1][0]
        if opened and not (_AGENT.fullmatch(bare) or _AGENT_AT.fullmatch(bare)) \
                and any(pattern.fullmatch(_THIS_ITEM.sub("", squash_ws(merged))) for pattern in (_AGENT, _AGENT_AT)):
            clauses[k: k + 2] = [("", ""), (merged, clauses[k][1])]
    clauses = _sharing_the_work(clauses)
    clauses = [c for c in clauses if c[0]]
    unknown_label: tuple[str, str, bool] | None = None  # (role, value, told by the grammar) after a label no list knows
    named_agent = ""  # a name before a verb of taking charge, of a kind no list knows
    for clause, separator in clauses:
        # a run of units whose parts are clauses (`權責單位為甲科為主責，乙科從旁協助`), or whose units a comma parts
        # (`權責單位為甲課,乙課`): the clause goes on the owner
        if last == "owner" and is_owner(joined := fields["owner"] + separator + squash_ws(clause)) and value_role(clause) != "deadline" \
                and (_names_part(clause) or _names_part(fields["owner"]) or is_owner(clause)):
            fields["owner"] = joined
            continue
        if not fields and (timed := time_and_agent(_THIS_ITEM.sub("", squash_ws(clause)))):
            fields, last = timed, "owner"  # (`6月底前由總務股辦竣`)
            continue
        until = _LABEL_UNTIL.fullmatch(squash_ws(clause))
        # (the label a known name: 到 inside a word, `期程新生報到當週`, parts no label from its time)
        if until and header_role(until.group(1)) == "deadline" and until.group(1) in _label_words() and "deadline" not in fields:
            fields["deadline"], last = until.group(2), "deadline"  # (`辦理期限至6月底`)
            continue
        both = _AGENT_AT.fullmatch(_THIS_ITEM.sub("", squash_ws(clause)))
        bare = _BARE_AGENT_AT.fullmatch(_THIS_ITEM.sub("", squash_ws(clause))) if both is None else None
        if bare and (is_owner(bare.group(1)) or learned_field(bare.group(1), "owner")):
            both = bare  # (a unit the grammar knows opening the clause, no 由: `甲組、乙室於6月底前辦理完畢`)
        agent_at = _unit_less_manner(both.group(1)) if both else ""
        if both and _bracket_depth(both.group(1)):
            both = None  # (the 於 of an aside in brackets after the unit is no time of the frame: `由甲課（異動請於前1日告知）執行`)
        if both and not is_deadline(both.group(2)) and _agent_whole(clause):
            both = None  # (a unit at its time read whole, no time of the frame: `由甲專線於申請期間由各組支援人力輪班辦理`)
        # (the frame names the agent: a unit the grammar does not know may pass by the field model, `責成夜間舍監於…`)
        # (or by its name alone, short and with no clause in it: the frame says who, `責成夜間舍監於…`, `由收件區於…`)
        if both and (is_owner(agent_at) or learned_field(both.group(1), "owner") or re.fullmatch(r"[\u4e00-\u9fff]{2,10}", both.group(1))) \
                and not fields and (len(_ASIDE.sub("", both.group(2))) <= 16 or is_deadline(both.group(2))):  # (an aside after the time
            # is no part of its length; a longer time the grammar reads, `…前完成第1次、年底前完成第2次`, is one)
            fields = {"owner": agent_at, "deadline": _time_with_own_bound(both.group(2), clause)}  # (`由總務股於每月抄表日前完成`)
            continue
        agent = _AGENT.fullmatch(_THIS_ITEM.sub("", squash_ws(clause)))  # with 由 or without: a unit, checked here
        # (the item may be the subject, its label after it: `本措施辦理期程為每季`, `本項工作之負責單位為總務股`)
        labelled = _LABEL_IS.fullmatch(clause) or _LABEL_IS.fullmatch(re.sub(r"^(?:之|的)", "", _THIS_ITEM.sub("", squash_ws(clause))))
        planned = _PLANNED.fullmatch(squash_ws(clause))
        # (with 由 the frame names the agent: a unit the grammar does not know may pass by the field model)
        # (a field's label and 為 first: `權責單位為秘書室主辦` names the owner, it is no agent `權責單位為秘書室`)
        if labelled and header_role(labelled.group(1)) in ("deadline", "owner"):
            role, value = header_role(labelled.group(1)), labelled.group(2)
        elif agent and (is_owner(agent.group(1)) or _handed(_THIS_ITEM.sub("", squash_ws(clause))) and learned_field(agent.group(1), "owner")):
            role, value = "owner", agent.group(1)
        elif (handed := _HANDED_OVER.fullmatch(squash_ws(clause))) and _NAMES.fullmatch(handed.group(1)):
            role, value = "owner", handed.group(1)
        elif (asked := _REQUEST.fullmatch(squash_ws(clause))) and (is_owner(asked.group(1)) or learned_field(asked.group(1), "owner")):
            role, value = "owner", asked.group(1)  # (`請甲課彙整辦理情形`: the unit asked is the owner)
        elif planned and (is_deadline(planned.group(1)) or _PLANNED_DONE.fullmatch(squash_ws(clause)) and len(planned.group(1)) <= 16
                          or (reached := _PLANNED_REACHED.fullmatch(squash_ws(clause))) and len(reached.group(1)) <= 16
                          and (_note_deadline(reached.group(1)) or learned_field(reached.group(1), "deadline"))):
            role, value = "deadline", planned.group(1)  # (`預定於門診時間內完成`: the frame says it is the time)
        elif (at := _AT_DONE.fullmatch(squash_ws(clause))) and (is_deadline(at.group(1)) or _less_frames_bound(at.group(1)) != at.group(1)
                                                                or _AT_BEFORE_DONE.fullmatch(squash_ws(clause))
                                                                and len(at.group(1)) <= 16 and not re.search(r"[，,；;。]", at.group(1))):
            # (`於每季完成`, `並於6月底前辦妥`; `並於新生報到日前辦理完成`: the frame says it is the time)
            role, value = "deadline", _less_frames_bound(at.group(1))
            doing = _AT_DOING_DONE.fullmatch(squash_ws(clause))
            # (a 前 before the verbs is the frame's, `於X前辦理完成`, read above, unless X is no time without it: an event)
            if doing and (not doing.group(1).endswith("前") or _event_before(at.group(1))) \
                    and (_closed_time(doing.group(1)) or is_deadline(doing.group(1))):
                value = doing.group(1)
        elif (doing := _AT_DOING_DONE.fullmatch(squash_ws(clause))) and not doing.group(1).endswith("前") and _closed_time(doing.group(1)):
            role, value = "deadline", doing.group(1)  # (`於申請後3日內完成調卷辦理完成`: the frame's verbs after a time closed already)
        elif (before := _BEFORE_DONE.fullmatch(squash_ws(clause))) and _takes_no_bound(before.group(1)):
            role, value = "deadline", before.group(1)  # (`收件後7日內前完成`: the frame's 前 after a time closed already)
        elif (done := _DONE_BY.fullmatch(squash_ws(clause))) and is_deadline(done.group(1)):
            role, value = "deadline", done.group(1)  # (`每10日完成`, `受理後即時辦理完成`)
        elif (named := _VALUE_IS.fullmatch(_THIS_ITEM.sub("", squash_ws(clause)))) and header_role(named.group(2)) in ("deadline", "owner") \
                and _KIND_CHECK[header_role(named.group(2))](named.group(1)):
            role, value = header_role(named.group(2)), named.group(1)  # (`總務課為主辦單位`: the value, then its label)
        elif fields and (glued := _glued_time(squash_ws(clause))):
            role, value = "deadline", glued  # (a label glued to its time after the agent: `由甲課負責，限期6月底前`)
        elif (named := _SHORT_LABEL_CLAUSE.fullmatch(squash_ws(clause))) and (kind := _value_kind(named.group(2))) \
                and kind[0] not in fields:
            # (a label no list knows before a value of one field's kind, `管考：甲課`: kept only beside the other field
            # another clause states, below; by the field model alone, only where the grammar read that other field)
            unknown_label = (kind[0], named.group(2), kind[1])
            continue
        elif agent and _CHARGED.fullmatch(squash_ws(clause)) and _NAMES.fullmatch(agent.group(1)) and not named_agent:
            # (a name then a verb of taking charge, `大成殿承辦`: the frame says who, whatever the name's kind — kept only
            # beside a time another clause states, below)
            named_agent = agent.group(1)
            continue
        elif (unit := _glued_unit(squash_ws(clause))):
            role, value = "owner", unit  # (a label glued to its unit: `權責單位甲課`, `主辦乙室`)
        # (`…前5日回報辦理情形`: the time the work is reported done by; `逾6月底未竣者列入檢討`: the time past which it is overdue)
        elif "deadline" not in fields and (framed := next((m for m in (_REPORTED.fullmatch(squash_ws(clause)), _OVERDUE.fullmatch(
                squash_ws(clause))) if m and _reads_as_time(m.group(1))), None)):
            role, value = "deadline", framed.group(1)
        elif last == "deadline" and _runs_on(fields["deadline"], separator, clause):
            fields["deadline"] += separator + squash_ws(clause)  # (a time in two clauses: `期程至6月完成規劃，翌年起實施`)
            continue
        else:
            return {}
        if role in fields or not value.strip():
            return {}
        fields[role], last = squash_ws(value), role
    if named_agent and "owner" not in fields and "deadline" in fields:  # (a time a frame of another clause read)
        fields["owner"] = squash_ws(named_agent)
    if unknown_label:
        role, value, by_grammar = unknown_label
        other = _OTHER_FIELD[role]
        if role not in fields and other in fields and (by_grammar or value_role(fields[other]) == other):
            fields[role] = squash_ws(value)
    return fields


def _reads_as_time(value: str) -> bool:
    """A value a frame puts where a time stands, read as one by the grammar, the notes' time words or the field model."""
    return is_deadline(value) or _note_deadline(value) or learned_field(value, "deadline")


# a clause of a short label of any name and its value (`管考：甲課`): the value's kind names the field
_SHORT_LABEL_CLAUSE = re.compile(r"([\u4e00-\u9fff]{1,6})\s*[:：]\s*(.+)")


def _value_kind(value: str) -> tuple[str, bool] | None:
    """(deadline or owner, told by the grammar) for a value the grammar reads as one, or the field model alone (one kind
    only: then False)."""
    role = value_role(value)
    if role in ("deadline", "owner"):
        return role, True
    learned = [kind for kind in ("deadline", "owner") if learned_field(value, kind)]
    return (learned[0], False) if len(learned) == 1 else None


# the work not done past a time, and what follows from it (`逾6月底未竣者列入檢討`, `逾期限每季仍未完成時簽報`): that time is the deadline
_OVERDUE = re.compile(r"逾\s*(.+?)\s*(?:仍|尚)?未(?:竣|完成|辦竣|完竣|辦理|辦妥|結案|達成|完工)(?:者|時|部分)?[\u4e00-\u9fff]{0,10}")
# a time, then the report of the work's outcome (`…前5日回報辦理情形`, `每季陳報執行成果`, `6月底前函報結果`): the
# report is how a plan says the work is due then, any verb of reporting up and any word of how it went
_REPORTED = re.compile(r"(.+?)\s*(?:回報|陳報|函報|填報|提報|簽報|呈報|報告|通報|彙報|上報)\s*(?:辦理|執行|處理|推動|辦竣|工作)?\s*"
                       r"(?:情形|成果|進度|結果|成效|狀況|情況|進展)")


def _less_frames_bound(time: str) -> str:
    """`每月5日前提報前` → `每月5日前提報`: a 前 (之前, 以前) after a time closed by its own bound already is the frame's
    (`並於…前完成`), told by what the time is, not by the words of its bound."""
    framed = re.fullmatch(r"(.+?)(?:(?:之|以)?前|內)", time)  # (or a 內 after a time closed by one: `…工作日內內完成`)
    return framed.group(1) if framed and _takes_no_bound(framed.group(1)) else time


def _takes_no_bound(time: str) -> bool:
    """A time no 前 can close, so one after it is a frame's: closed by its own bound already (`收件後7日內`), an act
    done by it or counted (`每3週追蹤一次`), or an act on a day named in full (`102年10月4日上線營運`)."""
    return _closed_time(time) or _time_then_act(time) or _act_on_a_day(time)


def _act_on_a_day(time: str) -> bool:
    """A day named in full, then the act done on it, whatever the verb (`102年10月4日上線營運`): a point, no span an
    event in it could be bounded by (`115學年度第1學期開學前` is one)."""
    day = re.fullmatch(r"(.{4,16}?[日號])([\u4e00-\u9fff]{2,6})", time)
    return bool(day) and bool(_DATE_RE.match(day.group(1))) and "年" in day.group(1) and not _a_time_too(day.group(2))


def _glued_time(clause: str) -> str | None:
    """The time after a deadline's label glued to it (`限期6月底前`, `期限學校開學前`: the label says it is a time, so
    one the field model knows passes); None for any other clause."""
    from ingest.columns import header_role

    names = _label_words()
    for k in range(min(6, len(clause) - 2), 1, -1):  # (the longest label first)
        rest = clause[k:]
        if clause[:k] in names and header_role(clause[:k]) == "deadline" \
                and (is_deadline(rest) or _note_deadline(rest) or len(rest) <= 16 and learned_field(rest, "deadline")):
            return rest
    return None


def _glued_unit(clause: str) -> str | None:
    """The unit after an owner's label glued to it with no colon (`權責單位甲課`, `主辦乙室及丙室`): a known
    label word first and a run of units the grammar reads after it, whatever frame holds them; None else."""
    from ingest.columns import header_role

    names = _label_words()
    for k in range(min(6, len(clause) - 2), 1, -1):  # (the longest label first)
        if clause[:k] in names and header_role(clause[:k]) == "owner" and is_owner(clause[k:]):
            return clause[k:]
    return None


def _runs_on(time: str, separator: str, clause: str) -> bool:
    """Whether a clause after a time carries it on (`6月完成規劃` + `翌年起全面實施`): a comma between, no unit nor
    label in it, and the whole a time the grammar or the field model knows."""
    whole = f"{time}{separator}{squash_ws(clause)}"
    return separator in "，," and not is_owner(clause) and ":" not in clause and "：" not in clause \
        and (is_deadline(whole) or learned_field(whole, "deadline"))


def _sharing_the_work(clauses: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Clauses that name units sharing the work, each a unit and its part, the frame's verb after the last
    (`由甲組主辦救援，各站協助巡查負責辦理`): one clause, its agent all of them, though the first reads alone as an
    agent and a verb of taking charge (`由甲組主辦救援`)."""
    clauses = list(clauses)
    for k in range(len(clauses) - 1):
        for j in range(len(clauses) - 1, k, -1):
            merged = clauses[k][0] + "".join(sep + text for text, sep in clauses[k + 1: j + 1])
            agent = _AGENT.fullmatch(_THIS_ITEM.sub("", squash_ws(merged)))
            if agent and (_division_of_labour(agent.group(1)) or _list_of_owners(agent.group(1))):
                clauses[k: j + 1] = [("", "")] * (j - k) + [(merged, clauses[k][1])]
                break
    return clauses


def _clauses(sentence: str, separators: str) -> list[tuple[str, str]]:
    """The clauses of a sentence, each with the separator before it ('' for the first); a separator inside
    brackets parts no clauses (`甲組（1999專線，24小時受理）`)."""
    clauses, start, before = [], 0, ""
    for match in re.finditer(separators, sentence):
        if _bracket_depth(sentence[: match.start()]) > 0:
            continue
        clauses.append((sentence[start: match.start()].strip(), before))
        start, before = match.end(), match.group()
    return [*clauses, (sentence[start:].strip(), before)]


_KIND_CHECK = {"deadline": is_deadline, "owner": is_owner}


def bracket_groups(line: str) -> list[str]:
    """The bracketed groups a line is made of, each with its brackets (`【承辦：甲課】【期程：每季】`),
    when it is only such groups (spaces or 、 between them); else []. Peeled off from the end as
    closing notes (trailing_note: any bracket pair, angle signs too, nested ones balanced)."""
    groups: list[str] = []
    rest = line.rstrip()
    while rest:
        note = trailing_note(rest, labelled=False)
        if note is None or not note[1]:
            return []
        groups.insert(0, rest[note[0]:])
        rest = rest[: note[0]].rstrip(" 、")
    return groups


def field_line(text: str) -> dict[str, str] | None:
    """The fields of a line that states only fields: `完成期限：每月`, `完成期限：每月；承辦單位：
    社會課`, `（完成期限：每月；承辦單位：社會課）`. A label that is not a column header's exact
    name (`服務時間：…`) counts only when its value is of the label's kind (a date, a unit; by
    grammar or the field model)."""
    from ingest.columns import KNOWN_HEADERS

    line = equals_labels(squash_ws(text).lstrip("，,、；;"))  # (a closing clause cut from its sentence: `，由總務股負責，…`)
    framed = bar_note(line) or dash_note(line)
    if framed and not framed[0]:  # the whole line a note framed by bars (`｜總務課｜每季｜`) or after a dash (`－總務課（每季）`)
        return framed[1]
    groups = bracket_groups(line)
    if len(groups) > 1:  # a line of bracketed fields, one to a pair (`【承辦：工商組】【期程：每季】`)
        found = [field_line(g) for g in groups]
        merged = {role: value for f in found if f for role, value in f.items()}
        return merged if all(found) and len(merged) == sum(len(f) for f in found if f) else None
    bracketed = len(groups) == 1
    if bracketed:
        line = line[1:-1]  # the whole line in a bracket pair of any kind: （…） 【…】 「…」 〈…〉
    fields = note_fields(line)
    if not fields and not bracketed and (labelled := _bracketed_labels(line).strip()) != line:
        fields = note_fields(labelled)  # labels in bracket pairs, each before its value (`[承辦] 總務課 [時限] 每季`)
        line = labelled if fields else line
    if not fields and bracketed:  # a bracketed line of a unit and a date (`【清運班／每季】`)
        # (or the time and its agent: `（6月底前由甲課辦竣）`; or an agent's clause and a label's: `（由甲課承辦，時限：每季）`)
        return _two_clauses(line) or time_and_agent(line) or unlabelled_fields(line) or None
    if not fields:  # a line of clauses that each state a field (`資訊管理課負責；時程：每季`)
        clauses = clause_fields(line)
        return clauses if len(clauses) == 2 else None
    exact = {name for names in KNOWN_HEADERS.values() for name in names}
    label = compact(_ASIDE.sub("", re.split(r"[:：]", line, maxsplit=1)[0]))  # (`主辦單位(協辦)` is 主辦單位, qualified)
    role, value = next(iter(fields.items()))  # the first label says whether the line is a field at all
    check = _KIND_CHECK.get(role)
    # (a value the grammar does not know may pass by the field model, the label naming its field; under a
    # label naming opening hours, `服務時間`, `營業時段`, only a date or period the grammar reads is a field)
    if _HOURS_LABEL.search(label):  # opening hours by the clock are no schedule; a period there is (`服務時間：按季辦理`)
        return None if _CLOCK.search(value) or (check and not check(value)) else fields
    if check and label not in exact and not check(value) and not learned_field(value, role):
        return None
    return fields


_HOURS_LABEL = re.compile(r"(?:服務|營業|開放|辦公|上班|受理)(?:時間|時段)")
_CLOCK = re.compile(r"\d\s*[:：]\s*\d{2}|[上下]午|晚上|早上|中午|\d\s*[時點]")
