#!/usr/bin/env python3
"""Writes the generated part of data/training/topics.jsonl: news-style articles that mix topics the way
cooperation reports do (an aid handover that is also vaccines and equipment, a course that is also treatment,
a delegation visit with research exchange), with neighbour-country provinces, foreign hospitals, provincial
health departments and international funds as partners, and domestic health news as negatives.

Every sentence here is our own wording; only names of organisations and places are facts. Each snippet carries
the labels it expresses, and an article's labels are the union of its snippets' labels, so the labels follow
from the text. Page chrome (bylines, captions, share buttons, repeated leads) is mixed in because crawled
articles carry it.

Usage: python3 data/training/generator/generate_articles.py   (rewrites topics.jsonl in place, keeping every
hand-written line and replacing the lines whose id starts with "g-"; the seed is fixed, so the output is stable).
"""
import json
import os
import random
import unicodedata

SEED = 3
COOPERATION_ARTICLES = 1350
DOMESTIC_ARTICLES = 420

DPV, CT, TC, RE, IE, FAF, DH = ("disease-prevention-vaccines", "clinical-treatment", "training-capacity",
                                "research-expert-exchange", "infrastructure-equipment", "foreign-aid-funding",
                                "digital-health")

# ---------------------------------------------------------------- partners (facts: names of bodies and places)
LAO_PROVINCES = ["Hủa Phăn", "Xiêng Khoảng", "Luông Pha Băng", "Chăm Pa Sắc", "Savannakhet", "Bô-ly-khăm-xay",
                 "Khăm Muộn", "Sê Kông", "Át-tạ-pư", "Sa-la-van", "Phông Sa Lỳ", "U Đôm Xay", "Luông Nậm Thà",
                 "Viêng Chăn", "Bò Kẹo", "Xay-nha-bu-ly"]
KHM_PROVINCES = ["Kampong Cham", "Svay Rieng", "Prey Veng", "Kampot", "Takeo", "Ratanakiri", "Mondulkiri",
                 "Kandal", "Stung Treng", "Kratie", "Siem Reap", "Battambang", "Tbong Khmum", "Kep"]
CHN_PLACES = [("Văn Sơn", "tỉnh Vân Nam"), ("Hồng Hà", "tỉnh Vân Nam"), ("Hà Khẩu", "tỉnh Vân Nam"),
              ("Mông Tự", "tỉnh Vân Nam"), ("Sùng Tả", "Khu tự trị dân tộc Choang Quảng Tây"),
              ("Bằng Tường", "Khu tự trị dân tộc Choang Quảng Tây"), ("Đông Hưng", "Khu tự trị dân tộc Choang Quảng Tây"),
              ("Bách Sắc", "Khu tự trị dân tộc Choang Quảng Tây"), ("Phòng Thành Cảng", "Khu tự trị dân tộc Choang Quảng Tây"),
              ("Nam Ninh", "Khu tự trị dân tộc Choang Quảng Tây")]
FOREIGN_HOSPITALS = [("Bệnh viện Mahosot", "Lào"), ("Bệnh viện Setthathirath", "Lào"),
                     ("Bệnh viện Calmette", "Campuchia"), ("Bệnh viện Hữu nghị Khmer - Xô Viết", "Campuchia"),
                     ("Bệnh viện Đại học Quốc gia Seoul", "Hàn Quốc"), ("Bệnh viện Samsung Seoul", "Hàn Quốc"),
                     ("Bệnh viện Asan", "Hàn Quốc"), ("Bệnh viện Đại học Kyushu", "Nhật Bản"),
                     ("Bệnh viện Đại học Osaka", "Nhật Bản"), ("Bệnh viện Charité", "Đức"),
                     ("Bệnh viện Đại học Toulouse", "Pháp"), ("Bệnh viện Necker", "Pháp"),
                     ("Bệnh viện Đa khoa Singapore", "Singapore"), ("Bệnh viện Siriraj", "Thái Lan"),
                     ("Bệnh viện Ramathibodi", "Thái Lan"), ("Bệnh viện Nhi Boston", "Hoa Kỳ"),
                     ("Bệnh viện Royal Melbourne", "Australia"), ("Bệnh viện Sheba", "Israel"),
                     ("Bệnh viện Nhân dân số 1 Nam Ninh", "Trung Quốc"), ("Bệnh viện Nhân dân tỉnh Vân Nam", "Trung Quốc"),
                     ("Bệnh viện Hermanos Ameijeiras", "Cuba"), ("Bệnh viện Đại học Leuven", "Bỉ")]
FOREIGN_UNIVERSITIES = [("Đại học Y khoa Quốc gia Lào", "Lào"), ("Đại học Khoa học Y tế Campuchia", "Campuchia"),
                        ("Đại học Y Côn Minh", "Trung Quốc"), ("Đại học Y Quảng Tây", "Trung Quốc"),
                        ("Đại học Nagasaki", "Nhật Bản"), ("Đại học Yonsei", "Hàn Quốc"), ("Đại học Sydney", "Australia"),
                        ("Đại học Oxford", "Anh"), ("Đại học Johns Hopkins", "Hoa Kỳ"), ("Đại học Mahidol", "Thái Lan"),
                        ("Viện Karolinska", "Thụy Điển"), ("Đại học Heidelberg", "Đức")]
FUNDS = ["Quỹ Toàn cầu phòng, chống AIDS, Lao và Sốt rét", "Liên minh Vắc xin và Tiêm chủng toàn cầu (Gavi)",
         "Ngân hàng Thế giới (WB)", "Ngân hàng Phát triển châu Á (ADB)", "Quỹ Nhi đồng Liên hợp quốc (UNICEF)",
         "Quỹ Dân số Liên hợp quốc (UNFPA)", "Tổ chức Y tế Thế giới (WHO)", "Quỹ Kuwait vì Phát triển Kinh tế Ả-rập",
         "Quỹ OPEC vì Phát triển Quốc tế (OFID)", "Quỹ Bill & Melinda Gates", "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)",
         "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)", "Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID)",
         "Tổ chức Hợp tác Quốc tế Đức (GIZ)", "Cơ quan Phát triển Pháp (AFD)", "Liên minh châu Âu (EU)",
         "Quỹ Chăm sóc Y tế Quốc tế Hàn Quốc (KOFIH)", "Tổ chức PATH", "Tổ chức Sáng kiến Tiếp cận Y tế Clinton (CHAI)",
         "Ngân hàng Đầu tư châu Âu (EIB)", "Chương trình Phát triển Liên hợp quốc (UNDP)"]
COUNTRIES = ["Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Australia", "Đức", "Pháp", "Cuba", "Singapore", "Thái Lan", "Myanmar",
             "Israel", "Ấn Độ", "Liên bang Nga", "Italy", "Bỉ", "Hà Lan", "Canada", "New Zealand", "Vương quốc Anh",
             "Lào", "Campuchia", "Trung Quốc", "Hungary", "Ba Lan", "Thụy Sĩ", "Luxembourg", "Ireland"]
NGOS = ["Tổ chức Operation Smile", "Tổ chức Bác sĩ không biên giới", "Hội Chữ thập đỏ Nhật Bản", "Tổ chức Orbis",
        "Tổ chức Tầm nhìn Thế giới", "Tổ chức East Meets West", "Hội Hữu nghị Thái Lan - Việt Nam",
        "Tổ chức Y tế Thánh Tâm Hàn Quốc", "Quỹ Từ thiện Tzu Chi", "Hội Chữ thập đỏ Campuchia"]


def lao_department(r):
    p = r.choice(LAO_PROVINCES)
    return r.choice([f"Sở Y tế tỉnh {p} (Lào)", f"Sở Y tế tỉnh {p}, nước CHDCND Lào", f"đoàn công tác tỉnh {p} (Lào)",
                     f"Bệnh viện tỉnh {p} (Lào)", f"chính quyền tỉnh {p}, Lào", f"Ủy ban chính quyền tỉnh {p} (Lào)"])


def khm_department(r):
    p = r.choice(KHM_PROVINCES)
    return r.choice([f"Sở Y tế tỉnh {p} (Campuchia)", f"Bệnh viện tỉnh {p}, Vương quốc Campuchia",
                     f"chính quyền tỉnh {p} (Campuchia)", f"Hội Chữ thập đỏ tỉnh {p} (Campuchia)"])


def chn_department(r):
    city, prov = r.choice(CHN_PLACES)
    return r.choice([f"Ủy ban Y tế {city}, {prov} (Trung Quốc)", f"Cục Y tế {city} ({prov}, Trung Quốc)",
                     f"Bệnh viện Nhân dân {city} (Trung Quốc)", f"Trung tâm Kiểm soát dịch bệnh {city}, {prov}, Trung Quốc",
                     f"chính quyền nhân dân {city} (Trung Quốc)"])


def foreign_hospital(r):
    h, c = r.choice(FOREIGN_HOSPITALS)
    return r.choice([f"{h} ({c})", f"{h}, {c}", f"đội ngũ chuyên gia của {h} ({c})"])


def university(r):
    u, c = r.choice(FOREIGN_UNIVERSITIES)
    return r.choice([f"{u} ({c})", f"{u}, {c}"])


def country(r):
    c = r.choice(COUNTRIES)
    return r.choice([f"Chính phủ {c}", f"Đại sứ quán {c} tại Việt Nam", f"{c}", f"Tổng Lãnh sự quán {c} tại TP Hồ Chí Minh"])


PARTNER_MAKERS = [lao_department, lao_department, khm_department, chn_department, chn_department, foreign_hospital,
                  foreign_hospital, university, lambda r: r.choice(FUNDS), lambda r: r.choice(FUNDS), country, country,
                  lambda r: r.choice(NGOS)]

# ---------------------------------------------------------------- Vietnamese side
PROVINCES = ["Điện Biên", "Sơn La", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Kon Tum", "Gia Lai", "Đắk Lắk",
             "Tây Ninh", "An Giang", "Kiên Giang", "Lào Cai", "Hà Giang", "Cao Bằng", "Lạng Sơn", "Quảng Ninh",
             "Quảng Bình", "Đắk Nông", "Bình Phước", "Long An", "Đồng Tháp", "Lai Châu", "Thừa Thiên Huế", "Quảng Nam",
             "Hòa Bình", "Bắc Giang", "Thái Nguyên", "Cà Mau", "Bình Định"]
CENTRAL = ["Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Trung ương Huế", "Bệnh viện Nhi Trung ương",
           "Bệnh viện Hữu nghị Việt Đức", "Bệnh viện K", "Bệnh viện Mắt Trung ương", "Bệnh viện Phổi Trung ương",
           "Viện Vệ sinh dịch tễ Trung ương", "Viện Pasteur TP Hồ Chí Minh", "Trường Đại học Y Hà Nội",
           "Trường Đại học Y Dược Huế", "Bệnh viện Từ Dũ", "Bệnh viện Nhi đồng 1", "Bệnh viện Quân y 175"]


def vn_party(r, province):
    return r.choice([f"Sở Y tế tỉnh {province}", f"Bệnh viện Đa khoa tỉnh {province}", f"UBND tỉnh {province}",
                     f"Trung tâm Kiểm soát bệnh tật tỉnh {province}", f"Bộ đội Biên phòng tỉnh {province}",
                     r.choice(CENTRAL), "Bộ Y tế", f"Bệnh viện Sản - Nhi {province}", f"Trung tâm Y tế huyện biên giới của {province}"])


def money(r):
    return r.choice([f"{r.randint(2, 95)} triệu USD", f"{r.randint(50, 950)}.000 USD", f"{r.randint(2, 40)} tỷ đồng",
                     f"{r.randint(1, 30)},{r.randint(1, 9)} triệu euro", f"hơn {r.randint(3, 900)} triệu đồng",
                     f"{r.randint(100, 900)} triệu yên", f"gần {r.randint(2, 60)} tỷ đồng", f"{r.randint(2, 20)} triệu đô la Úc"])


def n(r, lo, hi):
    return str(r.randint(lo, hi))


DATES = ["Sáng {d}/{m}", "Chiều {d}/{m}", "Ngày {d}/{m}", "Ngày {d}-{m}", "Sáng {d}-{m}", "Trong hai ngày {d} và {d2}/{m}",
         "Vừa qua", "Mới đây", "Ngày {d} tháng {m}"]


def date(r):
    d = r.randint(1, 27)
    return r.choice(DATES).format(d=d, d2=d + 1, m=r.randint(1, 12))


# ---------------------------------------------------------------- snippets: (labels, template)
# {P} partner, {V} Vietnamese party, {M} money, {N}/{K} small numbers, {X} province.
SNIPPETS = {
    (FAF, IE): [
        "{P} đã trao tặng {V} {N} máy thở, {K} máy theo dõi bệnh nhân và một hệ thống xét nghiệm với tổng trị giá {M}.",
        "Phần viện trợ {M} không phải hoàn trả sẽ chi cho việc dựng khu điều trị nội trú mới, kèm máy chụp X-quang và máy siêu âm.",
        "Tại buổi lễ, đại diện {P} bàn giao {N} xe cứu thương được trang bị đầy đủ dụng cụ cấp cứu cho {V}.",
        "Dự án do {P} tài trợ {M} nhằm nâng cấp phòng mổ, lắp đặt máy chụp cắt lớp và cải tạo khoa hồi sức tích cực.",
        "Bệnh viện được xây dựng bằng nguồn vốn viện trợ của {P}, quy mô {N}0 giường bệnh với đầy đủ trang thiết bị hiện đại.",
        "Phía bạn đã hỗ trợ kinh phí {M} để sửa chữa trạm y tế xã và mua máy siêu âm, máy điện tim cho tuyến cơ sở.",
        "Lô thiết bị gồm máy X-quang kỹ thuật số, máy siêu âm màu và tủ lạnh bảo quản thuốc, do {P} tài trợ toàn bộ.",
        "Nguồn vốn vay ưu đãi {M} của {P} sẽ dùng để mở rộng bệnh viện tuyến tỉnh và đầu tư thiết bị cho các khoa lâm sàng.",
    ],
    (FAF, DPV): [
        "{P} đã trao tặng {V} {N}0.000 khẩu trang y tế, {K}00 bộ đồ bảo hộ và dung dịch sát khuẩn phục vụ phòng, chống dịch.",
        "Lô vắc xin gồm {N}0.000 liều do {P} viện trợ sẽ được phân bổ cho các địa phương có nguy cơ dịch cao.",
        "Với nguồn tài trợ {M} từ {P}, chương trình phòng, chống sốt rét ở vùng biên giới được duy trì thêm ba năm.",
        "Khoản hỗ trợ {M} giúp {V} mở rộng điều trị dự phòng HIV và tầm soát bệnh lao cho người dân vùng sâu.",
        "Phía bạn đã hỗ trợ {N}00 bộ kit xét nghiệm nhanh và thuốc sát trùng cho lực lượng kiểm dịch tại cửa khẩu.",
        "Số tiền {M} do {P} đóng góp được dùng cho chiến dịch tiêm vắc xin sởi - rubella ở các huyện miền núi.",
    ],
    (FAF, IE, DPV): [
        "{P} bàn giao cho {V} {N} tủ lạnh bảo quản vắc xin, {K} xe chuyên dụng và vật tư tiêm chủng trị giá {M}.",
        "Gói viện trợ {M} gồm máy xét nghiệm PCR, tủ an toàn sinh học và sinh phẩm để giám sát dịch bệnh truyền nhiễm.",
        "Phía bạn đã trao tặng máy thở, máy lọc không khí và hàng chục nghìn liều vắc xin để hỗ trợ địa phương chống dịch.",
    ],
    (FAF, TC): [
        "Dự án do {P} tài trợ {M} sẽ đào tạo lại cho {N}00 cán bộ y tế tuyến huyện và xã.",
        "Nguồn kinh phí của {P} dành cho học bổng đào tạo sau đại học ngành y cho {N} bác sĩ trẻ.",
        "Khoản viện trợ {M} được dùng để mở các lớp bồi dưỡng quản lý bệnh viện và nâng cao năng lực chuyên môn cho y tế cơ sở.",
    ],
    (FAF, CT): [
        "Đoàn đã trao tặng thuốc và quà cho bệnh nhân nghèo, đồng thời hỗ trợ viện phí {M} cho các ca phẫu thuật tim.",
        "Kinh phí {M} do {P} tài trợ giúp hàng trăm trẻ em được phẫu thuật miễn phí và điều trị phục hồi chức năng.",
        "Quỹ của {P} chi trả toàn bộ chi phí điều trị cho {N}0 bệnh nhân ung thư có hoàn cảnh khó khăn.",
    ],
    (FAF,): [
        "Tổng vốn của dự án là {M}, trong đó phần không hoàn lại do {P} cấp chiếm phần lớn, còn Việt Nam bố trí phần vốn còn lại.",
        "Hiệp định viện trợ {M} cho giai đoạn tiếp theo của chương trình đã được hai bên ký kết.",
        "{P} cam kết tiếp tục cung cấp nguồn viện trợ cho ngành y tế {X} trong những năm tới.",
        "Đây là khoản tài trợ lớn nhất mà {P} dành cho lĩnh vực y tế của địa phương từ trước đến nay.",
    ],
    (IE,): [
        "Công trình gồm khu khám bệnh, khu kỹ thuật nghiệp vụ và nhà điều hành, được khởi công từ năm trước.",
        "Hai bên thống nhất phối hợp đầu tư mở rộng cơ sở 2 của bệnh viện, bổ sung khu xét nghiệm và phòng mổ.",
        "Phía bạn bày tỏ mong muốn hợp tác đầu tư xây dựng trung tâm chẩn đoán hình ảnh tại {X}.",
        "Hệ thống oxy trung tâm và máy phát điện dự phòng cũng được lắp đặt xong trước lễ khánh thành.",
    ],
    (CT,): [
        "Trong ba ngày, các bác sĩ của {P} đã khám bệnh, cấp thuốc miễn phí cho hơn {N}00 người dân vùng biên.",
        "Các chuyên gia đã trực tiếp phẫu thuật cho {N}0 bệnh nhân mắc bệnh tim bẩm sinh và dị tật hàm mặt.",
        "Hai bên phối hợp mở luồng xanh để chuyển bệnh nhân cấp cứu qua cửa khẩu sang bệnh viện tuyến trên điều trị.",
        "Mỗi năm, {V} tiếp nhận hàng nghìn lượt người bệnh từ nước bạn sang khám và điều trị.",
        "Đoàn y bác sĩ đã mổ đục thủy tinh thể cho {N}0 người cao tuổi và khám mắt cho học sinh các trường biên giới.",
        "Hai bệnh viện đã tổ chức hội chẩn trực tuyến nhiều ca bệnh khó về tim mạch và ung bướu.",
        "Các kỹ thuật can thiệp mạch vành, thay khớp háng và lọc máu được chuyển giao để điều trị cho người bệnh tại chỗ.",
        "Nhiều bệnh nhân nặng đã được cứu sống nhờ sự phối hợp cấp cứu giữa hai bên.",
        "Hai bên trao đổi về công tác khám, chữa bệnh cho người dân sinh sống ở hai bên biên giới.",
        "Sản phẩm dinh dưỡng điều trị được phân phối cho các trạm y tế để chữa trị cho trẻ suy dinh dưỡng nặng.",
        "Người bệnh của nước bạn sang điều trị được hưởng giá dịch vụ như người bệnh trong nước.",
        "Lĩnh vực chăm sóc sức khỏe và phục hồi chức năng được hai bên xác định là trọng tâm hợp tác.",
    ],
    (IE, CT): [
        "Công trình đi vào hoạt động sẽ giúp người dân vùng cao được khám, chữa bệnh ngay tại địa phương, giảm chuyển tuyến.",
        "Với khu điều trị và phòng mổ mới, bệnh viện có thể tiếp nhận thêm hàng trăm lượt người bệnh mỗi ngày.",
        "Các thiết bị được bàn giao giúp bệnh viện chẩn đoán sớm và điều trị kịp thời nhiều bệnh lý nặng.",
        "Bệnh viện mới góp phần cải thiện chất lượng chăm sóc sức khỏe cho nhân dân các huyện miền núi của nước bạn.",
        "Nhờ máy móc hiện đại, các ca bệnh nặng được cấp cứu, điều trị ngay tại tỉnh thay vì phải chuyển đi xa.",
    ],
    (FAF, IE, CT): [
        "Dự án do {P} tài trợ {M} nhằm tăng cường cơ sở vật chất, bổ sung máy móc để nâng cao chất lượng khám, chữa bệnh cho nhân dân.",
        "Nguồn vốn viện trợ của {P} được dùng để xây dựng bệnh viện và mua sắm thiết bị, cải thiện việc chăm sóc sức khỏe người dân vùng xa.",
    ],
    (FAF, CT, DPV): [
        "{P} tài trợ thuốc điều trị lao, thuốc kháng virus HIV và sinh phẩm chẩn đoán trị giá {M} cho các cơ sở y tế.",
        "Nhờ nguồn hỗ trợ {M} của {P}, hàng nghìn trẻ suy dinh dưỡng và người bệnh sốt rét được điều trị miễn phí.",
    ],
    (TC, CT): [
        "Nội dung trao đổi gồm phối hợp điều trị người bệnh và bồi dưỡng bác sĩ giỏi cho bệnh viện tỉnh.",
        "Thỏa thuận tập trung vào đào tạo bác sĩ chuyên khoa và nâng cao chất lượng khám, chữa bệnh tại bệnh viện tỉnh.",
    ],
    (CT, TC): [
        "Các chuyên gia {P} vừa phẫu thuật cho người bệnh vừa cầm tay chỉ việc cho kíp mổ của bệnh viện.",
        "Khóa đào tạo về kỹ thuật nội soi tiêu hóa kết hợp thực hành trên người bệnh ngay tại khoa.",
        "Sau đợt tập huấn, bác sĩ địa phương đã tự thực hiện được các ca mổ nội soi và chăm sóc sau mổ.",
    ],
    (TC,): [
        "{V} đã mở lớp tập huấn về hồi sức cấp cứu cho {N}0 học viên là bác sĩ, điều dưỡng đến từ {P}.",
        "Hiện có {N}0 lưu học sinh của nước bạn đang theo học ngành y, dược tại các trường đại học trong nước.",
        "Hai bên thống nhất cử cán bộ sang học tập ngắn hạn và đào tạo chuyên khoa cho bác sĩ trẻ.",
        "Các học viên được bồi dưỡng kiến thức về quản lý bệnh viện, kiểm soát nhiễm khuẩn và chăm sóc điều dưỡng.",
        "Chương trình nâng cao năng lực chuyên môn cho đội ngũ y tế tuyến huyện sẽ kéo dài đến năm sau.",
        "Nhiều thế hệ bác sĩ của nước bạn đã tốt nghiệp tại Việt Nam và trở về phục vụ quê hương.",
    ],
    (RE,): [
        "Đoàn công tác của {P} đã đến thăm, làm việc và trao đổi kinh nghiệm quản lý bệnh viện với {V}.",
        "Tại hội thảo, các nhà khoa học hai nước chia sẻ kết quả nghiên cứu mới về bệnh truyền nhiễm và kháng kháng sinh.",
        "Văn bản ghi nhớ hai bên vừa ký mở ra hợp tác nghiên cứu khoa học và trao đổi chuyên gia giai đoạn tới.",
        "Chuyên gia của {P} sẽ sang làm việc dài hạn để cùng thực hiện đề tài nghiên cứu chung.",
        "Buổi gặp mặt là dịp để hai bên thông tin tình hình y tế, chia sẻ kinh nghiệm và bàn phương hướng hợp tác.",
        "Hai bên thống nhất tổ chức hội nghị giao ban y tế định kỳ hằng năm, luân phiên tại mỗi nước.",
    ],
    (RE, DPV): [
        "Hai bên thỏa thuận chia sẻ thông tin dịch bệnh kịp thời, nhất là sốt xuất huyết, sốt rét và cúm gia cầm ở vùng giáp biên.",
        "Nhóm nghiên cứu chung sẽ theo dõi sự lưu hành của virus và đánh giá hiệu quả vắc xin tại cộng đồng.",
        "Các chuyên gia dịch tễ hai nước đã trao đổi kinh nghiệm giám sát, khoanh vùng ổ dịch.",
    ],
    (RE, CT): [
        "Hai bệnh viện trao đổi kinh nghiệm điều trị ung thư và ghép tạng, đồng thời thống nhất cử bác sĩ sang thực hành.",
        "Tại buổi làm việc, đoàn chuyên gia giới thiệu phương pháp điều trị mới và cùng bàn cách xử trí những ca bệnh phức tạp.",
    ],
    (RE, TC): [
        "Hai trường thống nhất trao đổi giảng viên, sinh viên và cùng xây dựng chương trình đào tạo sau đại học.",
        "Theo thỏa thuận, các nhà nghiên cứu trẻ sẽ được đào tạo tại phòng thí nghiệm của phía bạn.",
    ],
    (DPV,): [
        "Hai bên phối hợp kiểm dịch y tế tại cửa khẩu, giám sát người nhập cảnh để ngăn dịch bệnh lây lan.",
        "Chiến dịch tiêm chủng mở rộng được triển khai đồng loạt ở các xã dọc biên giới.",
        "Công tác phòng, chống HIV/AIDS, lao và sốt rét ở vùng giáp ranh được hai bên đặc biệt quan tâm.",
        "Các đội phản ứng nhanh đã phun hóa chất diệt muỗi, xử lý ổ dịch sốt xuất huyết ngay khi phát hiện ca bệnh.",
        "Tỷ lệ trẻ em được tiêm đủ mũi vắc xin tại các huyện biên giới đã tăng rõ rệt.",
    ],
    (DPV, TC): [
        "Các lớp tập huấn về giám sát dịch tễ, lấy mẫu xét nghiệm và tiêm chủng an toàn được mở cho cán bộ y tế dự phòng.",
        "Cán bộ của hai trung tâm kiểm soát bệnh tật được đào tạo cách phát hiện sớm bệnh lao và quản lý người bệnh.",
    ],
    (DH,): [
        "Hai bên nối mạng hội chẩn từ xa, nhờ đó bác sĩ tuyến dưới được tuyến trên hỗ trợ ngay qua màn hình.",
        "Phần mềm bệnh án điện tử và hệ thống thông tin bệnh viện sẽ được triển khai với sự hỗ trợ kỹ thuật của phía bạn.",
        "Ứng dụng trí tuệ nhân tạo đọc phim X-quang phổi được thử nghiệm tại các trạm y tế xã.",
    ],
    (DH, TC): [
        "Các bác sĩ được hướng dẫn sử dụng nền tảng hội chẩn trực tuyến và hồ sơ sức khỏe điện tử.",
    ],
}

# More ways reports state a topic in passing: treatment or better care as the purpose of a handover, a visit or a
# food aid; supplies and building projects as equipment; an epidemic as the second theme of a funding or a visit;
# protective gear as prevention (not equipment); visits that exchange experience without training anyone.
MORE_SNIPPETS = {
    (FAF, CT): [
        "Toàn bộ số thuốc và vật tư tiêu hao {P} gửi tặng sẽ được dùng để chữa trị cho người bệnh nghèo đang nằm viện tại {V}.",
        "Theo đại diện {P}, khoản hỗ trợ hướng tới việc người bệnh ở vùng sâu được điều trị kịp thời mà không phải đi xa.",
        "{P} cam kết dành {M} chi trả chi phí điều trị cho các em nhỏ mắc bệnh hiểm nghèo trong năm nay.",
        "Nhờ gói hỗ trợ này, khoảng {N}.000 trẻ bị suy dinh dưỡng cấp tính sẽ được điều trị trong vài tháng tới.",
        "Các gói thực phẩm điều trị giàu năng lượng được chuyển về trạm y tế xã để cấp cho những trẻ suy dinh dưỡng nặng.",
        "Sau đợt lũ, {P} đã gửi tới các tỉnh miền Trung hàng chục tấn sữa và bánh dinh dưỡng điều trị dành cho trẻ dưới năm tuổi.",
        "Khoản tiền {M} giúp {V} duy trì việc lọc máu miễn phí cho bệnh nhân suy thận có hoàn cảnh khó khăn.",
        "Quà tặng của {P} gồm thuốc chữa bệnh mạn tính, máy đo huyết áp cầm tay và sổ theo dõi cho người cao tuổi.",
        "Đây là nguồn lực quan trọng để bệnh viện tiếp tục điều trị cho người bệnh ung thư, tim mạch ở các huyện nghèo.",
        "{P} tài trợ chi phí mổ tim cho {N}0 trẻ em, đồng thời tặng quà cho gia đình các bệnh nhi.",
    ],
    (FAF, IE): [
        "Lô hàng viện trợ gồm giường bệnh, xe lăn, bơm tiêm điện và nhiều vật tư y tế tiêu hao, trị giá khoảng {M}.",
        "{P} đã chuyển giao cho {V} {N} container trang thiết bị y tế, trong đó có bàn mổ, đèn mổ và máy gây mê.",
        "Dự án xây dựng bệnh viện hữu nghị do {P} viện trợ không hoàn lại có tổng vốn {M}, dự kiến hoàn thành sau hai năm.",
        "Bằng nguồn tài trợ của {P}, {N} trạm y tế tuyến xã có nhà mới, có phòng khám, phòng sinh và hệ thống nước sạch.",
        "Danh mục hàng hóa bàn giao gồm máy monitor, máy hút dịch, nồi hấp tiệt trùng cùng nhiều dụng cụ y tế khác.",
        "Số vật tư, hóa chất và dụng cụ xét nghiệm do {P} tặng sẽ được phân bổ cho các bệnh viện huyện.",
        "Phía bạn tài trợ {M} để nâng cấp khoa cấp cứu, thay mới hệ thống điện và lắp đặt thang máy cho khu điều trị.",
        "Nhân dịp này, {P} trao tặng {V} một xe cứu thương và {N} bộ dụng cụ phẫu thuật.",
        "Hai bên đã ký biên bản bàn giao công trình nhà khám bệnh {N} tầng do {P} tài trợ xây dựng.",
    ],
    (IE,): [
        "Đoàn nhà đầu tư bày tỏ quan tâm tới giai đoạn hai của dự án mở rộng bệnh viện và đã đi khảo sát mặt bằng xây dựng.",
        "Các doanh nghiệp thiết bị y tế của nước bạn mong muốn tham gia đầu tư máy móc cho khu kỹ thuật cao của bệnh viện.",
        "Dự án cơ sở mới của bệnh viện đang trong giai đoạn giải phóng mặt bằng, dự kiến động thổ vào cuối năm.",
        "Phía bạn đề xuất cùng đầu tư một trung tâm xạ trị và y học hạt nhân theo hình thức hợp tác công tư.",
        "Bệnh viện hiện thiếu nhiều máy móc chuyên sâu, nên rất cần sự đầu tư của các đối tác quốc tế.",
    ],
    (IE, CT): [
        "Khi hoàn thành, bệnh viện sẽ có {N}00 giường bệnh, đáp ứng nhu cầu khám và điều trị của người dân trong vùng.",
        "Khu nhà kỹ thuật cao được đầu tư nhằm giảm quá tải và nâng cao chất lượng điều trị cho bệnh nhân.",
        "Hai bên bàn kế hoạch hỗ trợ xây mới bệnh viện tại nước bạn để phục vụ khám, chữa bệnh cho người dân.",
        "Máy chạy thận nhân tạo được lắp đặt giúp người bệnh suy thận không còn phải vượt hàng trăm cây số để điều trị.",
        "Phòng mổ mới cho phép bác sĩ thực hiện các ca phẫu thuật nội soi ngay tại tuyến tỉnh.",
    ],
    (FAF, IE, DPV): [
        "Chương trình do {P} tài trợ giúp trang bị phòng xét nghiệm vi sinh và củng cố mạng lưới giám sát vi khuẩn kháng thuốc.",
        "Khoản viện trợ {M} được dùng để mua xe tiêm chủng lưu động và hệ thống kho lạnh bảo quản vắc xin cho tuyến tỉnh.",
        "Phía bạn trao tặng máy xét nghiệm sinh học phân tử để địa phương chủ động phát hiện sớm các ca nhiễm bệnh.",
    ],
    (FAF, DPV): [
        "Số khẩu trang, găng tay và quần áo chống dịch do {P} gửi tặng đã được chuyển ngay tới các khu cách ly.",
        "{P} trao {N}0.000 khẩu trang N95 và {K}.000 bộ quần áo phòng hộ cho lực lượng tuyến đầu chống dịch.",
        "Kèm theo là hàng nghìn chai nước rửa tay sát khuẩn và kính chắn giọt bắn cho nhân viên y tế tại chốt kiểm dịch.",
        "Món quà gồm khẩu trang vải kháng khuẩn, dung dịch sát khuẩn và nhiệt kế điện tử, thể hiện tinh thần chung tay chống dịch.",
        "Các tổ chức quốc tế như {P} đã hỗ trợ tích cực cho cuộc chiến chống HIV/AIDS, lao và sốt rét của Việt Nam.",
        "Ngân sách {M} của dự án dành một phần cho truyền thông phòng bệnh và tiêm chủng ở vùng đồng bào dân tộc.",
    ],
    (FAF, CT, DPV): [
        "{P} là một trong những nhà tài trợ lớn cho việc điều trị ARV, phát hiện và chữa khỏi bệnh lao tại Việt Nam.",
        "Nhờ nguồn tài trợ, hàng chục nghìn người nhiễm HIV được điều trị liên tục, tỷ lệ lây nhiễm mới giảm mạnh.",
        "Khoản hỗ trợ giúp duy trì thuốc điều trị lao kháng thuốc và mở rộng sàng lọc tại cộng đồng.",
    ],
    (FAF, TC, DPV): [
        "Dự án tập trung nâng cao năng lực hoạch định và quản lý của ngành y tế, chú trọng chăm sóc ban đầu và y tế dự phòng.",
        "Nguồn vốn {M} dành cho việc tập huấn cán bộ tiêm chủng và giám sát dịch tễ ở các tỉnh miền núi.",
    ],
    (DPV,): [
        "Bên cạnh đó, hai bên cũng trao đổi về cách ứng phó với các dịch bệnh mới nổi ở khu vực giáp ranh.",
        "Ngoài ra, đoàn còn tặng một số hóa chất diệt muỗi để địa phương phòng bệnh sốt xuất huyết trong mùa mưa.",
        "Việt Nam đặt mục tiêu chấm dứt dịch AIDS và loại trừ sốt rét trong những năm tới.",
        "Trong bối cảnh dịch cúm diễn biến phức tạp, hai bên thống nhất duy trì đường dây nóng trao đổi thông tin.",
    ],
    (CT,): [
        "Lực lượng biên phòng hai bên làm thủ tục nhanh để xe cứu thương chở người bệnh nặng qua cửa khẩu kịp thời.",
        "Người bệnh bị tai biến mạch máu não được đưa qua biên giới về nước tiếp tục điều trị theo nguyện vọng gia đình.",
        "Trong dịp nghỉ lễ, trạm kiểm soát cửa khẩu đã tạo điều kiện cho nhiều ca cấp cứu được chuyển viện an toàn.",
        "Bệnh viện huyện giáp biên tiếp nhận cấp cứu một công dân nước bạn bị tai nạn giao thông, sau đó bàn giao về nước.",
        "Một bệnh nhân chấn thương sọ não đã được chuyển sang bệnh viện bên kia biên giới để mổ cấp cứu.",
        "Hai bên cam kết bảo đảm người bệnh của mỗi nước được cấp cứu, điều trị tận tình khi ở bên kia biên giới.",
        "Chiếc xe cứu thương chở người phụ nữ bị xuất huyết não đã qua cầu biên giới chỉ ít phút sau khi gia đình đề nghị.",
        "Đồn biên phòng cửa khẩu cho biết từ đầu năm đã phối hợp với lực lượng nước bạn đưa hàng chục người bệnh nặng về nước chữa trị.",
        "Người lao động nước bạn bị thương nặng khi làm việc đã được đưa tới bệnh viện tỉnh để phẫu thuật kịp thời.",
        "Thủ tục xuất cảnh cho người bệnh được giải quyết ngay tại chỗ, không để kéo dài thời gian cấp cứu.",
        "Nhiều người dân nước bạn chọn sang bệnh viện huyện giáp biên để sinh con và chữa bệnh vì gần nhà, chi phí hợp lý.",
        "Chăm sóc người già và phục hồi vận động sau bệnh tật được phía bạn coi là mảng hợp tác nhiều triển vọng.",
    ],
    (CT, RE): [
        "Đại sứ đã thăm một trung tâm phục hồi chức năng và bàn khả năng đưa người bệnh Việt Nam sang điều dưỡng, trị liệu.",
        "Hai bên mong muốn mở rộng hợp tác về chăm sóc người cao tuổi và điều trị phục hồi sau đột quỵ.",
        "Phía bạn sẵn sàng chia sẻ kinh nghiệm trong chăm sóc sức khỏe, điều dưỡng và trị liệu bằng nước khoáng.",
        "Các bác sĩ hai bên đã trao đổi trực tuyến về phác đồ điều trị cho một số người bệnh phức tạp.",
    ],
    (RE,): [
        "Đoàn đã tham quan khoa cấp cứu, khoa xét nghiệm và nghe giới thiệu về mô hình tổ chức của bệnh viện.",
        "Trong chuyến thăm, đoàn làm việc với lãnh đạo các vụ, cục và trao đổi kinh nghiệm xây dựng chính sách y tế.",
        "Các đại biểu thảo luận về cơ chế phối hợp, chia sẻ thông tin và kinh nghiệm quản lý giữa hai cơ quan.",
        "Hai bên thống nhất thúc đẩy cơ chế trao đổi chuyên gia và nhân lực y tế giữa các cơ sở.",
        "Đoàn bày tỏ ấn tượng với những tiến bộ của ngành y tế Việt Nam và mong muốn học hỏi kinh nghiệm.",
        "Hai cơ quan sẽ cử đầu mối để theo dõi, đôn đốc việc thực hiện các nội dung đã thống nhất.",
        "Phía bạn sẽ cử chuyên gia sang hỗ trợ xây dựng chính sách và quy trình chuyên môn cho ngành y tế.",
        "Buổi giao lưu diễn ra thân mật, hai bên kể lại những kỷ niệm hợp tác và thăm quan một số khoa phòng.",
        "Hai đơn vị thống nhất luân phiên tổ chức giao lưu hằng năm và thường xuyên trao đổi đoàn chuyên gia.",
        "Các nhà khoa học của {P} cùng đồng nghiệp Việt Nam công bố chung nhiều bài báo trên tạp chí quốc tế.",
    ],
    (FAF, RE): [
        "Bên cạnh khoản tài trợ, {P} sẽ cử chuyên gia sang Việt Nam tư vấn xây dựng chính sách y tế trong ba năm.",
        "Theo thỏa thuận vay vốn, {P} cử các chuyên gia kỹ thuật sang làm việc cùng ban quản lý dự án.",
        "{P} cũng tài trợ một đoàn chuyên gia sang khảo sát, đánh giá nhu cầu trước khi triển khai dự án.",
    ],
    (FAF, IE, TC): [
        "Ngoài việc xây bệnh viện, {P} sẽ mời cán bộ y tế của tỉnh sang nước mình học tập, tiếp cận công nghệ y học mới.",
        "Vốn ODA của {P} dành cho xây dựng bệnh viện và đào tạo đội ngũ vận hành các thiết bị hiện đại.",
    ],
    (RE, CT, DPV): [
        "Hai bên thông tin cho nhau về hoạt động khám chữa bệnh và tình hình phòng, chống dịch tại mỗi địa phương.",
        "Theo nội dung ký kết, hai bệnh viện luân phiên tổ chức giao lưu, cùng hội chẩn ca bệnh khó và phối hợp khi có dịch.",
    ],
    (CT, DPV): [
        "Việt Nam cam kết mở rộng điều trị thuốc kháng virus cho người nhiễm HIV và phát hiện sớm người mắc lao.",
        "Các trạm y tế vừa tiêm chủng cho trẻ, vừa khám và điều trị ban đầu cho người dân hai bên biên giới.",
    ],
    (TC, CT, IE): [
        "Nội dung hội đàm xoay quanh công tác khám, chữa bệnh, phát triển nguồn nhân lực y tế và dự án xây bệnh viện tại nước bạn.",
    ],
    (TC, CT): [
        "Phía Việt Nam tiếp tục nhận bác sĩ của nước bạn sang học tập và giúp nâng cao chất lượng điều trị tại bệnh viện tuyến tỉnh.",
        "Hai bộ trưởng nhất trí ưu tiên đào tạo nhân lực y tế và hợp tác khám, chữa bệnh trong giai đoạn tới.",
    ],
    (TC, RE): [
        "Hai bên đồng ý tăng cường trao đổi đoàn, cử cán bộ sang học tập kinh nghiệm và bồi dưỡng nghiệp vụ lẫn nhau.",
    ],
}

# A stated purpose of the whole activity, which annotators count as a topic of the report.
PURPOSES = {
    CT: ["người bệnh được chẩn đoán và điều trị kịp thời", "nâng cao chất lượng khám, chữa bệnh cho nhân dân",
         "giảm chuyển tuyến để người bệnh được chữa trị ngay tại địa phương", "cải thiện việc chăm sóc, điều trị cho bệnh nhân nặng",
         "trẻ em suy dinh dưỡng sớm hồi phục", "người dân vùng biên được khám chữa bệnh tốt hơn",
         "chăm sóc sức khỏe tốt hơn cho người dân hai bên biên giới"],
    DPV: ["chủ động phòng, chống dịch bệnh ở khu vực biên giới", "tăng tỷ lệ tiêm chủng cho trẻ em",
          "ngăn chặn sự lây lan của các bệnh truyền nhiễm", "kiểm soát bệnh lao, sốt rét và HIV trong cộng đồng"],
    TC: ["nâng cao trình độ chuyên môn cho đội ngũ y bác sĩ", "cán bộ y tế cơ sở được cập nhật kiến thức và kỹ năng"],
    IE: ["hoàn thiện cơ sở vật chất, trang thiết bị cho y tế cơ sở", "bệnh viện có thêm máy móc hiện đại"],
}
PURPOSE_FRAMES = ["Hoạt động này nhằm {p}.", "Theo lãnh đạo {V}, sự hỗ trợ của phía bạn sẽ giúp {p}.", "Qua đó góp phần để {p}.",
                  "Mục tiêu chung là {p}.", "Đại diện {P} mong rằng chương trình sẽ giúp {p}.", "Lãnh đạo hai bên kỳ vọng {p}."]

# Fields of cooperation named in a list: a visit or a memorandum often touches each topic in a few words only.
FIELDS = {
    CT: ["khám, chữa bệnh", "điều trị cho người bệnh", "chăm sóc sức khỏe nhân dân", "phục hồi chức năng", "cấp cứu người bệnh qua biên giới",
         "chăm sóc sản phụ và trẻ sơ sinh", "y học cổ truyền trong điều trị"],
    TC: ["đào tạo cán bộ ngành y", "bồi dưỡng cán bộ chuyên môn", "cấp học bổng cho sinh viên y khoa", "đào tạo bác sĩ chuyên khoa"],
    DPV: ["phòng, chống dịch bệnh", "tiêm chủng", "y tế dự phòng", "kiểm dịch y tế biên giới", "phòng, chống HIV/AIDS, lao và sốt rét"],
    RE: ["nghiên cứu khoa học", "trao đổi chuyên gia", "chia sẻ kinh nghiệm quản lý", "trao đổi đoàn các cấp"],
    IE: ["đầu tư cơ sở vật chất", "xây dựng bệnh viện", "cung cấp trang thiết bị y tế", "nâng cấp các cơ sở y tế"],
    FAF: ["viện trợ không hoàn lại", "huy động nguồn vốn ODA", "tài trợ cho các dự án y tế"],
    DH: ["số hóa ngành y tế", "khám chữa bệnh từ xa", "bệnh án điện tử"],
}
FIELD_FRAMES = ["Hai bên điểm lại kết quả phối hợp thời gian qua ở các mảng {L}.", "Thời gian tới, hai bên sẽ ưu tiên {L}.",
                "Biên bản ghi nhớ đề cập tới {L}.", "Tại buổi hội đàm, lãnh đạo hai bên bàn phương hướng hợp tác về {L}.",
                "Phía bạn đánh giá cao sự giúp đỡ của Việt Nam trong {L}.", "Kế hoạch hợp tác năm nay gồm {L}.",
                "Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong {L}."]


def fields_sentence(r, labels):
    phrases = [r.choice(FIELDS[label]) for label in labels]
    listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " và " + phrases[-1]
    return r.choice(FIELD_FRAMES).replace("{L}", listed)


for _key, _sentences in MORE_SNIPPETS.items():
    SNIPPETS.setdefault(_key, []).extend(_sentences)

NEUTRAL_COOP = [
    "Tham dự buổi lễ có lãnh đạo {V}, đại diện {P} cùng nhiều cán bộ, nhân viên y tế.",
    "Phát biểu tại buổi lễ, lãnh đạo {V} cảm ơn sự giúp đỡ quý báu của {P} trong thời gian qua.",
    "Hoạt động này góp phần thắt chặt tình hữu nghị, đoàn kết giữa nhân dân hai nước.",
    "Đây là hoạt động thiết thực, thể hiện quan hệ láng giềng hữu nghị, hợp tác toàn diện giữa hai địa phương.",
    "Hai bên đánh giá cao kết quả hợp tác trong lĩnh vực y tế thời gian qua và mong muốn tiếp tục mở rộng.",
    "Đại diện {P} khẳng định sẽ tiếp tục đồng hành cùng ngành y tế {X}.",
    "Về phía nước bạn có Phó Tỉnh trưởng, lãnh đạo các sở, ngành và đại diện bệnh viện tỉnh.",
    "Quan hệ hợp tác giữa hai bên được duy trì thường xuyên, ngày càng đi vào chiều sâu.",
]

NEUTRAL_DOMESTIC = [
    "Tham dự buổi lễ có lãnh đạo {V}, đại diện các sở, ngành và đông đảo cán bộ, nhân viên y tế.",
    "Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh {X} ghi nhận nỗ lực của tập thể y bác sĩ trong thời gian qua.",
    "Lãnh đạo ngành y tế {X} đề nghị các đơn vị tiếp tục nâng cao chất lượng phục vụ người bệnh.",
    "Người dân địa phương bày tỏ phấn khởi khi được tiếp cận dịch vụ y tế ngay tại nơi cư trú.",
]

DOMESTIC = [
    "{V} vừa khởi công xây dựng khu điều trị mới quy mô {N}00 giường bằng nguồn ngân sách tỉnh, tổng mức đầu tư {M}.",
    "UBND tỉnh {X} đã phê duyệt điều chỉnh vốn cho dự án mở rộng bệnh viện đa khoa khu vực, bổ sung chi phí thiết bị.",
    "Các bác sĩ {V} đã cứu sống một bệnh nhân bị ngừng tuần hoàn nhờ phối hợp cấp cứu liên chuyên khoa.",
    "Bệnh viện vừa làm chủ kỹ thuật thay van tim qua ống thông, giúp người bệnh không phải chuyển lên tuyến trên.",
    "{V} và {C} ký thỏa thuận chuyển giao kỹ thuật trong khuôn khổ mạng lưới bệnh viện vệ tinh.",
    "Theo thỏa thuận, {C} sẽ đào tạo, chuyển giao các gói kỹ thuật về tim mạch, ung bướu và hồi sức cho bệnh viện tỉnh.",
    "Số ca mắc sốt xuất huyết tại {X} tăng nhanh trong tháng qua, nhiều ổ dịch mới được phát hiện.",
    "Ngành y tế {X} triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ từ 1 đến 5 tuổi trên địa bàn.",
    "Trung tâm Kiểm soát bệnh tật tỉnh {X} khuyến cáo người dân diệt lăng quăng, ngủ màn để phòng bệnh.",
    "Sở Y tế tỉnh {X} mở lớp bồi dưỡng ngắn ngày giúp nhân viên các trạm xã theo dõi người mắc tăng huyết áp, đái tháo đường.",
    "Bảo hiểm xã hội tỉnh {X} cho biết quỹ khám chữa bệnh bảo hiểm y tế đã chi trả cho hàng trăm nghìn lượt người bệnh.",
    "Bệnh viện Hữu nghị Việt Đức vừa thực hiện thành công ca ghép gan từ người cho chết não.",
    "Bệnh viện Đa khoa Quốc tế {X} khai trương khoa sản với đầy đủ phòng sinh gia đình.",
    "Hội nghị khoa học thường niên của bệnh viện thu hút hàng trăm bác sĩ trong tỉnh trình bày đề tài nghiên cứu.",
    "Sở Y tế {X} vừa tiếp nhận {N} xe cứu thương do một doanh nghiệp trong tỉnh tài trợ.",
    "Đoàn y bác sĩ {C} đã về khám bệnh, cấp thuốc miễn phí cho người dân huyện vùng cao của tỉnh {X}.",
    "Bộ Y tế vừa ban hành hướng dẫn chẩn đoán và điều trị bệnh tay chân miệng cập nhật.",
    "Thanh tra Sở Y tế {X} xử phạt nhiều cơ sở kinh doanh thuốc không bảo đảm điều kiện bảo quản.",
    "Nhờ đường truyền hội chẩn trực tuyến với {C}, bệnh viện huyện đã xử trí kịp thời nhiều ca bệnh nặng.",
    "Trường Cao đẳng Y tế {X} khai giảng khóa đào tạo điều dưỡng mới với hơn {N}00 sinh viên.",
    "Nhiều trạm y tế xã ở {X} xuống cấp, thiếu trang thiết bị tối thiểu để khám chữa bệnh ban đầu.",
    "Sở Y tế đã cử bác sĩ từ bệnh viện tỉnh luân phiên về hỗ trợ chuyên môn cho tuyến huyện.",
    "{V} và {C} ký văn bản hợp tác hai năm về đào tạo, hội chẩn trực tuyến và hỗ trợ chuyên môn.",
    "Theo biên bản ghi nhớ, hai đơn vị cùng tổ chức hội thảo chuyên đề, khám chữa bệnh từ xa và thực hiện phẫu thuật theo nhu cầu của hai bên.",
    "Việc hợp tác giữa hai bệnh viện góp phần nâng cao chất lượng dịch vụ y tế, đáp ứng nhu cầu chăm sóc sức khỏe của người dân.",
    "Đoàn công tác của {C} đã làm việc với UBND tỉnh {X} về hợp tác toàn diện trong lĩnh vực y tế.",
    "Dự án mở rộng bệnh viện dùng vốn đầu tư công trung hạn của tỉnh, dự kiến hoàn thành trong hai năm.",
    "Bệnh viện Đa khoa tỉnh {X} tiếp nhận hơn {N}0 gói kỹ thuật chuyển giao từ các bệnh viện tuyến trung ương.",
    "Nhiều ca bệnh khó đã được các bác sĩ bệnh viện tỉnh điều trị thành công mà không phải chuyển tuyến.",
]

HEADLINES = {
    FAF: ["{P} trao tặng {V} trang thiết bị y tế", "{M} hỗ trợ ngành y tế {X}", "{P} viện trợ cho ngành y tế {X}",
          "Tiếp nhận viện trợ của {P}"],
    IE: ["Khánh thành, bàn giao bệnh viện do {P} tài trợ", "Bàn giao trang thiết bị y tế cho {V}",
         "Nâng cấp bệnh viện tuyến tỉnh bằng vốn của {P}"],
    DPV: ["{P} hỗ trợ {X} phòng, chống dịch bệnh", "Tăng cường hợp tác phòng chống dịch tại vùng biên giới",
          "Trao vắc xin và vật tư phòng dịch cho {V}"],
    CT: ["Khám chữa bệnh miễn phí cho người dân vùng biên", "Bác sĩ {P} phẫu thuật cho bệnh nhân tại {X}",
         "Phối hợp cấp cứu, điều trị người bệnh qua biên giới"],
    TC: ["Giúp nước bạn đào tạo cán bộ y tế", "Tập huấn nâng cao năng lực cho cán bộ y tế {X}",
         "{P} và {V} hợp tác đào tạo bác sĩ"],
    RE: ["Giao lưu, hợp tác y tế giữa {X} và {P}", "{P} thăm và làm việc tại {V}", "Ký kết hợp tác nghiên cứu với {P}"],
    DH: ["Triển khai khám chữa bệnh từ xa với sự hỗ trợ của {P}", "Chuyển đổi số y tế cùng {P}"],
}

CHROME = ["Chia sẻ", "In bài", "Thứ Hai, {d}/{m}/20{y} 08:{mm}", "{d}/{m}/20{y} | 15:{mm}", "{N}00 lượt xem",
          "(Ảnh: Báo {X})", "Ảnh minh họa", "Tin liên quan", "Nguồn: Cổng thông tin điện tử tỉnh {X}", "PV", "Theo Báo {X}"]


def fill(r, template, partner, vn, province, central):
    return (template.replace("{P}", partner).replace("{V}", vn).replace("{X}", province).replace("{C}", central)
            .replace("{M}", money(r)).replace("{N}", n(r, 2, 9)).replace("{K}", n(r, 2, 9)))


def cap(s):
    return s[:1].upper() + s[1:]


def chrome(r, province):
    d, m, y, mm = r.randint(1, 28), r.randint(1, 12), r.randint(12, 25), r.randint(10, 59)
    return r.choice(CHROME).format(d=d, m=m, y=y, mm=mm, N=r.randint(1, 9), X=province)


def lead(r, partner, vn, province, activity):
    return cap(r.choice([
        "{D}, tại {X}, {V} và {P} đã tổ chức {A}.",
        "{D}, {V} phối hợp với {P} tổ chức {A}.",
        "{D}, {P} và {V} đã tổ chức {A} tại trụ sở {V}.",
        "({X}) - {D}, {V} đón tiếp {P} sang {A}.",
    ]).replace("{D}", date(r)).replace("{X}", f"tỉnh {province}").replace("{V}", vn).replace("{P}", partner).replace("{A}", activity))


ACTIVITIES = {
    FAF: ["lễ tiếp nhận viện trợ", "lễ ký kết hiệp định tài trợ", "lễ trao tặng"],
    IE: ["lễ khánh thành và bàn giao công trình", "lễ bàn giao trang thiết bị y tế", "lễ khởi công dự án"],
    DPV: ["buổi làm việc về phòng, chống dịch bệnh", "lễ trao vắc xin và vật tư phòng dịch"],
    CT: ["chương trình khám bệnh, cấp thuốc miễn phí", "đợt phẫu thuật nhân đạo"],
    TC: ["lễ khai giảng khóa đào tạo", "lớp tập huấn chuyên môn"],
    RE: ["buổi gặp mặt, giao lưu và trao đổi kinh nghiệm", "hội thảo khoa học", "lễ ký kết văn bản hợp tác"],
    DH: ["lễ ra mắt hệ thống khám chữa bệnh từ xa"],
}


def cooperation_article(r, i):
    partner = r.choice(PARTNER_MAKERS)(r)
    province = r.choice(PROVINCES)
    vn = vn_party(r, province)
    central = r.choice(CENTRAL)
    keys = list(SNIPPETS)
    # One to three topical snippets with at most four labels in all, as cooperation reports carry one to four topics.
    picked = [r.choice(keys)]
    for _ in range(r.choice([0, 0, 1, 1, 1, 2, 2])):
        key = r.choice(keys)
        if key not in picked and len({label for k in picked + [key] for label in k}) <= 4:
            picked.append(key)
    main = r.choice(picked)[0]
    sentences = [fill(r, r.choice(SNIPPETS[key]), partner, vn, province, central) for key in picked]
    if r.random() < 0.3:
        purpose = r.choice(list(PURPOSES))
        picked.append((purpose,))
        frame = r.choice(PURPOSE_FRAMES).replace("{p}", r.choice(PURPOSES[purpose]))
        sentences.append(fill(r, frame, partner, vn, province, central))
    if r.random() < 0.3:
        named = r.sample(sorted(FIELDS), r.choice([2, 2, 3]))
        picked.append(tuple(named))
        sentences.append(fields_sentence(r, named))
    labels = sorted({label for key in picked for label in key})
    sentences += [fill(r, s, partner, vn, province, central) for s in r.sample(NEUTRAL_COOP, r.randint(1, 3))]
    r.shuffle(sentences)
    head = fill(r, r.choice(HEADLINES[main]), partner, vn, province, central)
    first = lead(r, partner, vn, province, r.choice(ACTIVITIES[main]))
    return {"id": f"g-c{i:04d}", "text": assemble(r, head, first, sentences, province), "labels": labels, "cooperation": True, "kind": "generated"}


def domestic_article(r, i):
    province = r.choice(PROVINCES)
    vn = r.choice([f"Sở Y tế tỉnh {province}", f"Bệnh viện Đa khoa tỉnh {province}", f"Trung tâm Y tế huyện của tỉnh {province}"])
    central = r.choice(CENTRAL)
    sentences = [fill(r, s, "", vn, province, central) for s in r.sample(DOMESTIC, r.randint(2, 4))]
    sentences += [fill(r, s, "", vn, province, central) for s in r.sample(NEUTRAL_DOMESTIC, r.randint(0, 2))]
    head = cap(sentences[0].rstrip("."))
    if len(head) > 90:
        head = head[:head.rfind(" ", 0, 90)]
    return {"id": f"g-d{i:04d}", "text": assemble(r, head, cap(sentences[0]), sentences[1:], province), "labels": ["other"], "cooperation": False, "kind": "generated"}


def assemble(r, head, first, sentences, province):
    lines = [cap(head)]
    if r.random() < 0.5:
        lines.append(chrome(r, province))
    lines.append(first)
    if r.random() < 0.25:
        lines.append(first)  # crawled pages often repeat the lead under the headline
    paragraph = []
    for s in sentences:
        paragraph.append(s)
        if len(paragraph) >= r.randint(1, 3):
            lines.append(" ".join(paragraph))
            paragraph = []
            if r.random() < 0.2:
                lines.append(chrome(r, province))
    if paragraph:
        lines.append(" ".join(paragraph))
    separator = "\n\n" if r.random() < 0.5 else "\n"
    return unicodedata.normalize("NFC", separator.join(lines))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "topics.jsonl")
    with open(path, encoding="utf-8") as f:
        kept = [line.rstrip("\n") for line in f if line.strip() and not json.loads(line)["id"].startswith("g-")]
    r = random.Random(SEED)
    generated = [cooperation_article(r, i + 1) for i in range(COOPERATION_ARTICLES)]
    generated += [domestic_article(r, i + 1) for i in range(DOMESTIC_ARTICLES)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in kept:
            f.write(line + "\n")
        for example in generated:
            f.write(json.dumps(example, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
