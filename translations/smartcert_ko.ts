<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>작업 공간 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Create the demo program first with: smartcert demo</source>
        <translation>먼저 다음 명령으로 데모 데이터를 만드세요: smartcert demo</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>작업 공간을 여는 중…</translation>
    </message>
</context>
<context>
    <name>ApplicantListPage</name>
    <message>
        <source>&lt;b&gt;Evaluator %1&lt;/b&gt; %2 · key fingerprint %3</source>
        <translation>&lt;b&gt;평가위원 %1&lt;/b&gt; %2 · 키 지문 %3</translation>
    </message>
    <message>
        <source>Program: %1 · program key %2 · package %3</source>
        <translation>프로그램: %1 · 프로그램 키 %2 · 평가 패키지 %3번</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) assigned</source>
        <translation>
            <numerusform>배정된 신청 도시 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>보기(&amp;W):</translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation>전체 신청 도시</translation>
    </message>
    <message>
        <source>Still to score</source>
        <translation>평가할 곳</translation>
    </message>
    <message>
        <source>Search code, name or province (Ctrl+F)</source>
        <translation>코드, 이름 또는 시·도 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open Score Form</source>
        <translation>평가표 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import Assignment Package…</source>
        <translation>평가 패키지 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Score Sheet…</source>
        <translation>평가표 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Review and Submit…</source>
        <translation>검토 및 제출(&amp;R)…</translation>
    </message>
    <message>
        <source>Import Score &amp;Sheet…</source>
        <translation>평가표 가져오기(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ApplicantReviewModel</name>
    <message>
        <source>%1: qualitative total %2</source>
        <translation>%1: 정성 합계 %2</translation>
    </message>
    <message>
        <source>Deviation: %1</source>
        <translation>편차: %1</translation>
    </message>
    <message>
        <source>Quantitative indicators: the value in effect (reported, or accepted by the chair)</source>
        <translation>정량지표: 적용 값(신청 값 또는 위원장이 승인한 값)</translation>
    </message>
    <message>
        <source>Each evaluator&apos;s points on 0 … max: dots; hollow: trimmed; red line: result</source>
        <translation>0 … 배점 위의 평가위원별 점수: 점, 빈 점은 절사, 빨간 선은 결과</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>분포</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>지표명</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1 was trimmed on this indicator (highest or lowest); not counted.</source>
        <translation>%1은(는) 이 지표에서 절사되었습니다(최고 또는 최저). 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 found %2; the chair has not decided yet.</source>
        <translation>%1 확인 값 %2: 위원장이 아직 결정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 found %2; the chair dismissed it.</source>
        <translation>%1 확인 값 %2: 위원장이 기각했습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pending correction: %1 found %2</source>
        <translation>보정 대기: %1 확인 값 %2</translation>
    </message>
</context>
<context>
    <name>ApplicantTableModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청 도시</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>시·도</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>도시 유형</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>현재 합계</translation>
    </message>
    <message>
        <source>%1 of %2 indicators scored</source>
        <translation>지표 %2개 중 %1개 평가함</translation>
    </message>
</context>
<context>
    <name>ApplicantsModel</name>
    <message>
        <source>Quantitative indicators with a value, of all quantitative indicators</source>
        <translation>값이 있는 정량지표 수 / 전체 정량지표 수</translation>
    </message>
    <message>
        <source>Qualitative indicators with the applicant&apos;s own level (self-assessment)</source>
        <translation>신청 도시가 자체평가 등급을 적은 정성지표 수</translation>
    </message>
    <message>
        <source>Evaluators assigned to the applicant</source>
        <translation>이 신청 도시에 배정된 평가위원 수</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>시·도</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>도시 유형</translation>
    </message>
    <message>
        <source>Reported values</source>
        <translation>제출 값</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>자체평가</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>증빙자료</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>Reported values (%1)</source>
        <translation>제출 값 (%1)</translation>
    </message>
    <message>
        <source>Evidence documents (%1)</source>
        <translation>증빙자료 (%1)</translation>
    </message>
    <message>
        <source>Double-click a document to open it.</source>
        <translation>문서를 두 번 클릭하면 열립니다.</translation>
    </message>
    <message>
        <source>%1 applicants: %2 large, %3 small or medium cities</source>
        <translation>신청 도시 %1곳: 대도시 %2, 중소도시 %3</translation>
    </message>
    <message>
        <source>Select an applicant to see its reported values and documents.</source>
        <translation>신청 도시를 선택하면 제출 값과 증빙자료가 보입니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign Evaluators</source>
        <translation>평가위원 배정</translation>
    </message>
    <message>
        <source>Every applicant gets the same number of evaluators, none in conflict with it, and every evaluator about the same number of applicants. The same seed always gives the same assignment.</source>
        <translation>모든 신청 도시에 같은 수의 평가위원이 배정되고, 이해충돌이 있는 평가위원은 배정되지 않으며, 평가위원마다 맡는 도시 수가 고르게 나뉩니다. 같은 시드는 언제나 같은 배정을 만듭니다.</translation>
    </message>
    <message>
        <source>Evaluators per &amp;applicant:</source>
        <translation>신청 도시당 평가위원 수(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message numerus="yes">
        <source>This replaces the current %n assignment(s).</source>
        <translation>
            <numerusform>현재 배정 %n건을 대체합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s) have already submitted: their sheets count only for applicants still assigned to them.</source>
        <translation>
            <numerusform>평가위원 %n명이 이미 제출했습니다. 그 평가표는 계속 배정된 신청 도시에 대해서만 반영됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentMatrixModel</name>
    <message>
        <source>Load</source>
        <translation>담당 수</translation>
    </message>
    <message>
        <source>Applicants assigned to the evaluator</source>
        <translation>평가위원에게 배정된 신청 도시 수</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>평가위원 수</translation>
    </message>
    <message>
        <source>Evaluators assigned to the applicant</source>
        <translation>신청 도시에 배정된 평가위원 수</translation>
    </message>
    <message>
        <source>%1 has a declared conflict with %2 and is never assigned to it.</source>
        <translation>%1은(는) %2와(과) 이해충돌을 신고하여 배정되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 scores %2.</source>
        <translation>%1이(가) %2을(를) 평가합니다.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>%1 assigned   %2 conflict of interest</source>
        <translation>%1 배정   %2 이해충돌(제척·회피)</translation>
    </message>
    <message>
        <source>No assignments yet. Assign automatically, or import an assignments workbook (sheet Assignments: evaluator_id, applicant_code).</source>
        <translation>아직 배정이 없습니다. 자동 배정하거나 배정 통합문서(Assignments 시트: evaluator_id, applicant_code)를 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 assignments. Evaluators per applicant: %2 to %3. Applicants per evaluator: %4 to %5.</source>
        <translation>배정 %1건. 신청 도시당 평가위원 %2~%3명, 평가위원당 신청 도시 %4~%5곳.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>or drop score bundle files (.scb) anywhere on this page.</source>
        <translation>또는 평가 결과 파일(.scb)을 이 화면에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Imported bundles</source>
        <translation>가져온 평가 결과 파일</translation>
    </message>
    <message>
        <source>Who has scored whom</source>
        <translation>평가 제출 현황</translation>
    </message>
    <message>
        <source>No bundle imported in this session yet.</source>
        <translation>이번 실행에서 가져온 평가 결과 파일이 아직 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 expected sheets are complete; %3 incomplete, %4 recused, %5 missing.</source>
        <translation>받아야 할 평가표 %2건 중 %1건 완료, 미완성 %3건, 회피 %4건, 미제출 %5건.</translation>
    </message>
    <message>
        <source>Waiting for: %1.</source>
        <translation>제출 대기: %1.</translation>
    </message>
</context>
<context>
    <name>ChairActions</name>
    <message>
        <source>&amp;New Program…</source>
        <translation>새 프로그램(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Program Workspace…</source>
        <translation>프로그램 작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;Applicants…</source>
        <translation>신청 도시 가져오기(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Documents…</source>
        <translation>증빙자료 추가(&amp;E)…</translation>
    </message>
    <message>
        <source>Declare &amp;Conflicts…</source>
        <translation>이해충돌 신고(&amp;C)…</translation>
    </message>
    <message>
        <source>Import Assignments &amp;Workbook…</source>
        <translation>배정 통합문서 가져오기(&amp;W)…</translation>
    </message>
    <message>
        <source>Import Score &amp;Bundles…</source>
        <translation>평가 결과 파일 가져오기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss Correction…</source>
        <translation>보정 기각(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Res&amp;ults…</source>
        <translation>결과 내보내기(&amp;U)…</translation>
    </message>
    <message>
        <source>Write Result &amp;Sheets (PDF)…</source>
        <translation>결과서 PDF 만들기(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Enrol Evalua&amp;tor…</source>
        <translation>평가위원 등록(&amp;T)…</translation>
    </message>
    <message>
        <source>Assi&amp;gn Automatically…</source>
        <translation>자동 배정(&amp;G)…</translation>
    </message>
    <message>
        <source>E&amp;xport Packages…</source>
        <translation>평가 패키지 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Accept Correct&amp;ion…</source>
        <translation>보정 승인(&amp;I)…</translation>
    </message>
    <message>
        <source>P&amp;review Result Sheet…</source>
        <translation>결과서 미리 보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Add or update applicants, reported values and self-assessments from an applicants workbook</source>
        <translation>신청 도시 통합문서에서 신청 도시, 제출 값, 자체평가를 추가하거나 갱신합니다</translation>
    </message>
    <message>
        <source>Attach PDF evidence documents to the selected applicant</source>
        <translation>선택한 신청 도시에 PDF 증빙자료를 첨부합니다</translation>
    </message>
    <message>
        <source>Enrol an evaluator from the enrollment.json they sent</source>
        <translation>평가위원이 보낸 enrollment.json으로 평가위원을 등록합니다</translation>
    </message>
    <message>
        <source>Write a signed assignment package (.scpkg) for every evaluator with assignments</source>
        <translation>배정이 있는 평가위원마다 서명된 평가 패키지(.scpkg)를 만듭니다</translation>
    </message>
    <message>
        <source>Verify and merge the evaluators&apos; score bundles (.scb)</source>
        <translation>평가위원의 평가 결과 파일(.scb)을 검증하고 병합합니다</translation>
    </message>
    <message>
        <source>The signed results JSON (with .sig) and the results workbook</source>
        <translation>서명된 결과 JSON(.sig 포함)과 결과 통합표</translation>
    </message>
    <message>
        <source>Result sheets, certificates and the round report as PDF files</source>
        <translation>결과서, 인증서, 평가 보고서를 PDF 파일로</translation>
    </message>
    <message>
        <source>Open the selected applicant&apos;s result sheet in the PDF viewer</source>
        <translation>선택한 신청 도시의 결과서를 PDF 보기 프로그램으로 엽니다</translation>
    </message>
</context>
<context>
    <name>ChairScreen</name>
    <message numerus="yes">
        <source>%n task(s) still running. Stop them and leave?</source>
        <translation>
            <numerusform>작업 %n개가 아직 진행 중입니다. 중단하고 나가시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>What has been saved so far is kept.</source>
        <translation>지금까지 저장된 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>Wait until the running task has finished, then restore.</source>
        <translation>진행 중인 작업이 끝난 뒤에 복원하십시오.</translation>
    </message>
    <message>
        <source>Program Passphrase</source>
        <translation>프로그램 키의 암호 문구</translation>
    </message>
    <message>
        <source>Show the selected applicant&apos;s result sheet as it will print</source>
        <translation>선택한 신청 도시의 결과서를 인쇄될 모양 그대로 보여 줍니다</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>신청 도시</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>평가 결과 병합</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>보정</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Applicants (%1)</source>
        <translation>신청 도시 (%1)</translation>
    </message>
    <message>
        <source>Evaluators (%1)</source>
        <translation>평가위원 (%1)</translation>
    </message>
    <message>
        <source>Corrections (%1)</source>
        <translation>보정 (%1)</translation>
    </message>
    <message>
        <source>Corrected values waiting for the chair&apos;s decision</source>
        <translation>위원장 결정을 기다리는 보정 값</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>프로그램(&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase of the New Program</source>
        <translation>새 프로그램 키의 암호 문구</translation>
    </message>
    <message>
        <source>Program Created</source>
        <translation>프로그램 생성됨</translation>
    </message>
    <message>
        <source>The program is ready in %1.

Its key fingerprint is %2. Evaluators see it in their packages; read it to them when they ask.</source>
        <translation>프로그램이 %1에 만들어졌습니다.

프로그램 키 지문은 %2입니다. 평가위원은 평가 패키지에서 이 지문을 봅니다. 요청하면 읽어 주십시오.</translation>
    </message>
    <message>
        <source>Creating the program…</source>
        <translation>프로그램을 만드는 중…</translation>
    </message>
    <message>
        <source>Open Program Workspace</source>
        <translation>프로그램 작업 공간 열기</translation>
    </message>
    <message>
        <source>This folder is an evaluator&apos;s workspace, not a program workspace.</source>
        <translation>이 폴더는 프로그램 작업 공간이 아니라 평가위원 작업 공간입니다.</translation>
    </message>
    <message>
        <source>This folder is not a program workspace.</source>
        <translation>이 폴더는 프로그램 작업 공간이 아닙니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Applicants</source>
        <translation>신청 도시 가져오기</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>통합문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Applicants imported: %1 added, %2 updated, %3 reported values, %4 self-assessments.</source>
        <translation>신청 도시 가져오기 완료: 추가 %1, 갱신 %2, 제출 값 %3, 자체평가 %4.</translation>
    </message>
    <message>
        <source>Importing applicants…</source>
        <translation>신청 도시를 가져오는 중…</translation>
    </message>
    <message>
        <source>Evidence Documents of %1</source>
        <translation>%1 증빙자료</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Adding evidence documents…</source>
        <translation>증빙자료를 추가하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>문서 %n개를 첨부했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol Evaluators</source>
        <translation>평가위원 등록</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>등록 파일 (*.json)</translation>
    </message>
    <message>
        <source>Enrolled: %1.</source>
        <translation>등록 완료: %1.</translation>
    </message>
    <message>
        <source>Conflicts of %1 declared: %2.</source>
        <translation>%1 이해충돌 신고: %2.</translation>
    </message>
    <message>
        <source>Assigning evaluators…</source>
        <translation>평가위원을 배정하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) made.</source>
        <translation>
            <numerusform>배정 %n건을 만들었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Assignments</source>
        <translation>배정 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Replace the current %n assignment(s) with the workbook&apos;s?</source>
        <translation>
            <numerusform>현재 배정 %n건을 통합문서의 배정으로 바꾸시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing assignments…</source>
        <translation>배정을 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) imported.</source>
        <translation>
            <numerusform>배정 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Assignment Packages</source>
        <translation>평가 패키지를 저장할 폴더</translation>
    </message>
    <message>
        <source>Enter the passphrase of the program&apos;s key to sign the packages.</source>
        <translation>평가 패키지에 서명하려면 프로그램 키의 암호 문구를 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>신청 도시 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages Written</source>
        <translation>평가 패키지 저장됨</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1. Send each evaluator their own file:</source>
        <translation>
            <numerusform>평가 패키지 %n개를 %1에 저장했습니다. 평가위원마다 본인의 파일을 보내십시오:</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the assignment packages…</source>
        <translation>평가 패키지를 만드는 중…</translation>
    </message>
    <message>
        <source>Import Score Bundles</source>
        <translation>평가 결과 파일 가져오기</translation>
    </message>
    <message>
        <source>Score bundles (*.scb)</source>
        <translation>평가 결과 파일 (*.scb)</translation>
    </message>
    <message>
        <source>Enter the passphrase of the program&apos;s key to open the score bundles.</source>
        <translation>평가 결과 파일을 열려면 프로그램 키의 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Bundles: %1 accepted, %2 duplicate, %3 rejected.</source>
        <translation>평가 결과 파일: 반영 %1, 중복 %2, 거부 %3.</translation>
    </message>
    <message>
        <source>Merging score bundles…</source>
        <translation>평가 결과를 병합하는 중…</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>결정을 기록하는 중…</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Corrected values waiting for your decision: %n. Export the results anyway?</source>
        <translation>
            <numerusform>결정을 기다리는 보정 값이 %n건 있습니다. 그래도 결과를 내보낼까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>The results count the reported values until a correction is accepted; an applicant&apos;s points may change once you decide. Decide first on the Corrections tab, or export now and again later.</source>
        <translation>보정을 승인하기 전까지 결과에는 신청 값이 반영되며, 결정하고 나면 신청 도시의 점수가 바뀔 수 있습니다. 보정 탭에서 먼저 결정하거나, 지금 내보낸 뒤 나중에 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>Results JSON (*.json)</source>
        <translation>결과 JSON (*.json)</translation>
    </message>
    <message>
        <source>Enter the passphrase of the program&apos;s key to sign the results.</source>
        <translation>결과에 서명하려면 프로그램 키의 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Results Written</source>
        <translation>결과 저장됨</translation>
    </message>
    <message>
        <source>Written: %1, its signature %2 and the results workbook %3.

Results fingerprint: %4</source>
        <translation>저장됨: %1, 서명 %2, 결과 통합표 %3.

결과 지문: %4</translation>
    </message>
    <message>
        <source>Writing the results…</source>
        <translation>결과를 저장하는 중…</translation>
    </message>
    <message>
        <source>Folder for the Result Sheets</source>
        <translation>결과서를 저장할 폴더</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written.</source>
        <translation>
            <numerusform>PDF 파일 %n개를 만들었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result Sheets</source>
        <translation>결과서</translation>
    </message>
    <message>
        <source>%1 PDF files were written to %2. No file manager could be opened to show the folder; open it from there.</source>
        <translation>PDF 파일 %1개를 %2에 저장했습니다. 폴더를 보여 줄 파일 관리자를 열 수 없었으니 직접 여십시오.</translation>
    </message>
    <message>
        <source>Stopped. The files written before stopping are complete; run it again for the rest.</source>
        <translation>중단했습니다. 중단 전에 만든 파일은 온전합니다. 나머지는 다시 실행하여 만드십시오.</translation>
    </message>
    <message>
        <source>Writing the result sheets…</source>
        <translation>결과서를 만드는 중…</translation>
    </message>
    <message>
        <source>Result Sheet of %1 %2 (preview)</source>
        <translation>%1 %2 결과서 (미리 보기)</translation>
    </message>
    <message>
        <source>There are no applicants yet, so there is no result sheet to show.</source>
        <translation>아직 신청 도시가 없어 보여 줄 결과서가 없습니다.</translation>
    </message>
    <message>
        <source>Select an applicant on the Results tab to preview their result sheet.</source>
        <translation>결과 탭에서 신청 도시를 선택하면 결과서를 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Preparing the result sheet of %1…</source>
        <translation>%1 결과서를 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>ChairText</name>
    <message>
        <source>Large city</source>
        <translation>대도시</translation>
    </message>
    <message>
        <source>Small or medium city</source>
        <translation>중소도시</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>등급 산정</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>평가 미완료</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>정량</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>정성</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>반영</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>sheet</comment>
        <translation>미완성</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>제척</translation>
    </message>
    <message>
        <source>Submitted and complete: counted in the results.</source>
        <translation>제출 완료: 결과에 반영됩니다.</translation>
    </message>
    <message>
        <source>Submitted, but levels or comments are missing: not counted.</source>
        <translation>제출했으나 등급 또는 의견이 빠져 있습니다: 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>The evaluator declared a conflict in the score sheet (recusal): not counted.</source>
        <translation>평가위원이 평가표에서 이해충돌을 신고했습니다(회피): 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Assigned, but no merged bundle holds a sheet for this applicant yet.</source>
        <translation>배정되었으나 병합된 평가 결과 파일에 이 신청 도시의 평가표가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Conflict of interest declared at enrolment: never assigned.</source>
        <translation>등록 시 이해충돌을 신고했습니다(제척): 배정되지 않습니다.</translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation>배정되지 않음.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>자료 누락</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>잘못된 값</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>점수 편차</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>평균 이탈</translation>
    </message>
    <message>
        <source>reliable (≥ 0.800)</source>
        <translation>신뢰할 수 있음 (≥ 0.800)</translation>
    </message>
    <message>
        <source>tentative conclusions only (0.667–0.800)</source>
        <translation>잠정적 결론만 가능 (0.667–0.800)</translation>
    </message>
    <message>
        <source>not reliable (&lt; 0.667)</source>
        <translation>신뢰하기 어려움 (&lt; 0.667)</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>계산할 수 없음</translation>
    </message>
</context>
<context>
    <name>ChairWelcomePage</name>
    <message>
        <source>Chair / Operating agency</source>
        <translation>위원장 / 운영기관</translation>
    </message>
    <message>
        <source>Create a program from a framework workbook, or open an existing program workspace. The program holds the round: applicants, evaluators, assignments, merged score bundles and results.</source>
        <translation>평가체계 통합문서로 프로그램을 새로 만들거나, 기존 프로그램 작업 공간을 여십시오. 프로그램에는 한 차례 인증 평가의 신청 도시, 평가위원, 배정, 병합된 평가 결과와 결과가 담깁니다.</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>새 프로그램(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Program Workspace…</source>
        <translation>프로그램 작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the Demo Program</source>
        <translation>데모 프로그램 열기</translation>
    </message>
    <message>
        <source>The open workspace %1 is an evaluator&apos;s workspace; the chair works in a program workspace.</source>
        <translation>열려 있는 작업 공간 %1은(는) 평가위원 작업 공간입니다. 위원장은 프로그램 작업 공간에서 작업합니다.</translation>
    </message>
    <message>
        <source>%1 is not a program workspace.</source>
        <translation>%1은(는) 프로그램 작업 공간이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <source>Bundle</source>
        <translation>제출본</translation>
    </message>
    <message>
        <source>Sequence number of the evaluator&apos;s merged bundle</source>
        <translation>병합된 평가 결과 파일의 제출 번호</translation>
    </message>
    <message>
        <source>No bundle of this evaluator has been merged yet.</source>
        <translation>이 평가위원의 평가 결과 파일이 아직 병합되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) or comment(s) missing.</source>
        <translation>
            <numerusform>등급 또는 의견 %n개가 빠져 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(assigned)</source>
        <translation>(배정됨)</translation>
    </message>
    <message>
        <source>Conflicts of %1</source>
        <translation>%1 이해충돌</translation>
    </message>
    <message>
        <source>Check the applicants %1 (%2) must never score. A declared conflict cannot be withdrawn here; an applicant already assigned to the evaluator must be reassigned first.</source>
        <translation>%1(%2) 평가위원이 평가해서는 안 되는 신청 도시를 선택하십시오. 신고한 이해충돌은 여기서 취소할 수 없으며, 이미 배정된 신청 도시는 먼저 배정을 바꿔야 합니다.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>%1 %2, indicator %3 %4</source>
        <translation>%1 %2, 지표 %3 %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Accept Corrected Value</source>
        <translation>보정 값 승인</translation>
    </message>
    <message>
        <source>%1. The accepted value replaces the value in effect (%2) for scoring, and for the other applicants&apos; MINMAX comparison.</source>
        <translation>%1. 승인한 값이 점수 산정과 다른 신청 도시의 MINMAX 비교에서 현재 적용 값(%2)을 대신합니다.</translation>
    </message>
    <message>
        <source>Dismiss Corrections</source>
        <translation>보정 기각</translation>
    </message>
    <message>
        <source>%1. The value in effect (%2) stays; every pending correction of this indicator is dismissed.</source>
        <translation>%1. 현재 적용 값(%2)을 유지하고, 이 지표의 보정 대기를 모두 기각합니다.</translation>
    </message>
    <message>
        <source>%1 found %2</source>
        <translation>%1 확인 값 %2</translation>
    </message>
    <message>
        <source>&amp;Value to accept:</source>
        <translation>승인할 값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>Recorded in the audit log with your decision</source>
        <translation>결정과 함께 감사 기록에 남습니다</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <source>A value an evaluator found while checking the evidence never changes the points by itself. Accept a value (it then replaces the reported value, also for the other applicants&apos; MINMAX comparison) or dismiss the indicator&apos;s corrections. Both need a reason, kept in the audit log.</source>
        <translation>평가위원이 증빙을 확인하며 찾은 값은 그것만으로 점수를 바꾸지 않습니다. 값을 승인하면(신청 값을 대신하며 다른 신청 도시의 MINMAX 비교에도 쓰입니다) 반영되고, 기각하면 그 지표의 보정이 모두 정리됩니다. 어느 쪽이든 사유가 필요하며 감사 기록에 남습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) waiting</source>
        <translation>
            <numerusform>보정 대기 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for a decision.</source>
        <translation>결정을 기다리는 보정이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Smart City Certification</source>
        <translation>스마트도시 인증</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s); see Show Details.</source>
        <translation>
            <numerusform>… 외 %n개의 문제가 더 있습니다. &quot;자세한 정보 표시&quot;를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Everything that was saved before is kept; the last action may not have been completed, so please check its result.</source>
        <translation>프로그램 내부에서 오류가 발생했습니다. 이전에 저장된 내용은 모두 유지됩니다. 마지막 작업은 완료되지 않았을 수 있으니 결과를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>자세한 내용은 %1에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol Evaluator</source>
        <translation>평가위원 등록</translation>
    </message>
    <message>
        <source>Call the evaluator and have them read the fingerprint shown in their program. Enrol only when every character matches: this key will be trusted to sign their score bundles.</source>
        <translation>평가위원에게 전화하여 본인 프로그램에 표시된 지문을 읽어 달라고 하십시오. 모든 글자가 같을 때에만 등록하십시오. 이 키로 서명된 평가 결과를 신뢰하게 됩니다.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>키 지문:</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint with the evaluator</source>
        <translation>평가위원과 지문을 대조했습니다(&amp;C)</translation>
    </message>
    <message>
        <source>Conflicts of interest: the evaluator will never be assigned to the applicants checked here.</source>
        <translation>이해충돌(제척·회피): 여기서 선택한 신청 도시에는 이 평가위원이 배정되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>EvaluatorScreen</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>The open workspace %1 is a program workspace (chair / operating agency), not an evaluator workspace.</source>
        <translation>열려 있는 작업 공간 %1은(는) 평가위원 작업 공간이 아니라 프로그램 작업 공간(위원장·운영기관)입니다.</translation>
    </message>
    <message>
        <source>The open workspace %1 is not an evaluator workspace.</source>
        <translation>열려 있는 작업 공간 %1은(는) 평가위원 작업 공간이 아닙니다.</translation>
    </message>
    <message>
        <source>Viewing read-only: another smartcert has this workspace. Nothing can be changed here until it is closed there and the workspace is opened again.</source>
        <translation>읽기 전용으로 보는 중입니다. 다른 smartcert가 이 작업 공간을 쓰고 있어 그쪽에서 닫고 작업 공간을 다시 열기 전에는 아무것도 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Open Evaluator Workspace</source>
        <translation>평가위원 작업 공간 열기</translation>
    </message>
    <message>
        <source>Passphrase for Your Key</source>
        <translation>키의 암호 문구</translation>
    </message>
    <message>
        <source>Identity %1 created; key fingerprint %2</source>
        <translation>평가위원 %1의 키를 만들었습니다. 키 지문 %2</translation>
    </message>
    <message>
        <source>Creating your keys…</source>
        <translation>키를 만드는 중…</translation>
    </message>
    <message>
        <source>Save Enrolment File</source>
        <translation>등록 파일 저장</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>등록 파일 (*.json)</translation>
    </message>
    <message>
        <source>Enrolment file saved to %1. Tell the agency your fingerprint %2.</source>
        <translation>등록 파일을 %1에 저장했습니다. 운영기관에 키 지문 %2을(를) 알려 주십시오.</translation>
    </message>
    <message>
        <source>Import Assignment Package</source>
        <translation>평가 패키지 가져오기</translation>
    </message>
    <message>
        <source>Assignment packages (*.scpkg)</source>
        <translation>평가 패키지 (*.scpkg)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>평가 패키지를 확인하는 중…</translation>
    </message>
    <message>
        <source>Open the Assignment Package</source>
        <translation>평가 패키지 열기</translation>
    </message>
    <message>
        <source>The package %1 is encrypted to your key. Enter the passphrase of your key (fingerprint %2) to open it.</source>
        <translation>평가 패키지 %1은(는) 위원님의 키로 암호화되어 있습니다. 열려면 키(지문 %2)의 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>평가 패키지를 여는 중…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>평가 패키지를 가져오는 중…</translation>
    </message>
    <message>
        <source>Package of %1 imported: %2 applicants, %3 evidence documents.</source>
        <translation>%1 평가 패키지를 가져왔습니다: 신청 도시 %2곳, 증빙자료 %3건.</translation>
    </message>
    <message>
        <source>This package was already imported; nothing changed.</source>
        <translation>이미 가져온 평가 패키지입니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>Export Score Sheet</source>
        <translation>평가표 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the score sheet…</source>
        <translation>평가표를 저장하는 중…</translation>
    </message>
    <message>
        <source>Score sheet with %1 rows written to %2.</source>
        <translation>%1행의 평가표를 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>Import Score Sheet</source>
        <translation>평가표 가져오기</translation>
    </message>
    <message>
        <source>Score Sheet Not Imported</source>
        <translation>평가표를 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the workbook and import it again.</source>
        <translation>%1에 문제가 있어 아무것도 가져오지 않았습니다. 통합문서에서 고친 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>Reading the score sheet…</source>
        <translation>평가표를 읽는 중…</translation>
    </message>
    <message>
        <source>%1 changes nothing: every entry in it is already in your sheets.</source>
        <translation>%1에는 바뀔 내용이 없습니다. 모든 입력이 이미 평가표에 있습니다.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Score sheet imported: %n applicant sheet(s) changed. Undo (Ctrl+Z) takes the import back.</source>
        <translation>
            <numerusform>평가표를 가져왔습니다. 신청 도시 %n곳의 평가표가 바뀌었습니다. 실행 취소(Ctrl+Z)로 가져오기 전체를 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create Evaluator Identity…</source>
        <translation>평가위원 키 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Save Enrol&amp;ment File…</source>
        <translation>등록 파일 저장(&amp;M)…</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Document</source>
        <translation>증빙자료 열기(&amp;D)</translation>
    </message>
    <message>
        <source>This is the last applicant in the list.</source>
        <translation>목록의 마지막 신청 도시입니다.</translation>
    </message>
    <message>
        <source>Evaluator %1 %2</source>
        <translation>평가위원 %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This is the first applicant in the list.</source>
        <translation>목록의 첫 신청 도시입니다.</translation>
    </message>
    <message>
        <source>Every sheet is complete. Review and submit with Ctrl+Shift+S.</source>
        <translation>모든 평가표를 완료했습니다. Ctrl+Shift+S로 검토하고 제출하십시오.</translation>
    </message>
    <message>
        <source>This applicant is done; on to the next one still to score.</source>
        <translation>이 신청 도시는 끝났습니다. 아직 평가할 다음 신청 도시로 갑니다.</translation>
    </message>
    <message numerus="yes">
        <source>Score sheet import: %n applicant sheet(s) changed back or again.</source>
        <translation>
            <numerusform>평가표 가져오기: 신청 도시 %n곳의 평가표를 되돌리거나 다시 적용했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>level %1 of %2</source>
        <translation>%2 등급 %1</translation>
    </message>
    <message>
        <source>clearing the level of %1</source>
        <translation>%1 등급 지우기</translation>
    </message>
    <message>
        <source>confirming %1</source>
        <translation>%1 확인</translation>
    </message>
    <message>
        <source>unconfirming %1</source>
        <translation>%1 확인 취소</translation>
    </message>
    <message>
        <source>recusal from %1</source>
        <translation>%1 회피</translation>
    </message>
    <message>
        <source>withdrawing the recusal from %1</source>
        <translation>%1 회피 철회</translation>
    </message>
    <message>
        <source>comment on %1</source>
        <translation>%1 의견</translation>
    </message>
    <message>
        <source>value found for %1</source>
        <translation>%1 확인 값</translation>
    </message>
    <message>
        <source>on-site note on %1</source>
        <translation>%1 현장실사 메모</translation>
    </message>
    <message>
        <source>overall comment on %1</source>
        <translation>%1 종합 의견</translation>
    </message>
    <message>
        <source>Save Score Bundle</source>
        <translation>평가 결과 파일 저장</translation>
    </message>
    <message>
        <source>Score bundles (*.scb)</source>
        <translation>평가 결과 파일 (*.scb)</translation>
    </message>
    <message>
        <source>Sign the Score Bundle</source>
        <translation>평가 결과 파일 서명</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key (fingerprint %1) to sign bundle number %2.</source>
        <translation>제출 번호 %2의 평가 결과 파일에 서명하려면 키(지문 %1)의 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Not submitted: nothing was signed or written.</source>
        <translation>제출하지 않았습니다. 아무것도 서명하거나 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>That passphrase does not open your key. Type it again; the bundle will still be written to %1.</source>
        <translation>입력한 암호 문구로는 키를 열 수 없습니다. 다시 입력하십시오. 평가 결과 파일은 그대로 %1에 저장됩니다.</translation>
    </message>
    <message>
        <source>Signing and encrypting your scores…</source>
        <translation>평가 결과에 서명하고 암호화하는 중…</translation>
    </message>
    <message>
        <source>Bundle number %1 written to %2.</source>
        <translation>제출 번호 %1의 평가 결과 파일을 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>The value %1 you typed does not fit the indicator and was not saved. Discard it?</source>
        <translation>입력한 값 %1이(가) 지표에 맞지 않아 저장되지 않았습니다. 버릴까요?</translation>
    </message>
    <message>
        <source>Evaluatio&amp;n</source>
        <translation>평가(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Open Evaluator Workspace…</source>
        <translation>평가위원 작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Assignment Package…</source>
        <translation>평가 패키지 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Score Sheet…</source>
        <translation>평가표 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Import Score &amp;Sheet…</source>
        <translation>평가표 가져오기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Review and Submit…</source>
        <translation>검토 및 제출(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;cuse from Applicant…</source>
        <translation>신청 도시 평가 회피(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Recusal</source>
        <translation>회피 철회(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Move On After a Grade</source>
        <translation>등급 입력 후 다음 지표로 이동(&amp;M)</translation>
    </message>
    <message>
        <source>A level that completes an indicator moves the form on to the next indicator still to do</source>
        <translation>지표를 완료하는 등급을 입력하면 아직 남은 다음 지표로 이동합니다</translation>
    </message>
    <message>
        <source>Applicant &amp;List</source>
        <translation>신청 도시 목록(&amp;L)</translation>
    </message>
    <message>
        <source>Next &amp;Incomplete Indicator</source>
        <translation>다음 미완료 지표(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Next Applicant</source>
        <translation>다음 신청 도시(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Applicant</source>
        <translation>이전 신청 도시(&amp;P)</translation>
    </message>
</context>
<context>
    <name>EvaluatorTerms</name>
    <message>
        <source>Large city</source>
        <translation>대도시</translation>
    </message>
    <message>
        <source>Small/medium city</source>
        <translation>중소도시</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>정량</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>정성</translation>
    </message>
</context>
<context>
    <name>EvaluatorsModel</name>
    <message>
        <source>Fingerprint of the evaluator&apos;s key; compare it with the evaluator by phone</source>
        <translation>평가위원 키의 지문. 전화로 평가위원과 대조하십시오</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Latest bundle</source>
        <translation>최근 제출본</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
</context>
<context>
    <name>EvaluatorsPage</name>
    <message numerus="yes">
        <source>%n evaluator(s) enrolled</source>
        <translation>
            <numerusform>평가위원 %n명 등록</numerusform>
        </translation>
    </message>
    <message>
        <source>Before enrolling, compare the key fingerprint with the evaluator by phone. Conflicts of interest declared here keep the evaluator from ever being assigned to those applicants; a conflict found later is declared by the evaluator in the score sheet (recusal).</source>
        <translation>등록하기 전에 전화로 평가위원과 키 지문을 대조하십시오. 여기서 신고한 이해충돌(제척)이 있으면 해당 신청 도시에 배정되지 않습니다. 나중에 알게 된 이해충돌은 평가위원이 평가표에서 신고합니다(회피).</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>산식</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your evaluator identity</source>
        <translation>평가위원 키</translation>
    </message>
    <message>
        <source>Evaluator %1, %2</source>
        <translation>평가위원 %1, %2</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>키 지문:</translation>
    </message>
    <message>
        <source>1. Hand your enrolment file to the operating agency</source>
        <translation>1. 등록 파일을 운영기관에 전달하십시오</translation>
    </message>
    <message>
        <source>The file holds only your public keys. Tell the agency your fingerprint by another way (phone, paper) so that they can check the file is yours.</source>
        <translation>이 파일에는 공개 키만 들어 있습니다. 운영기관이 본인의 파일인지 확인할 수 있도록 키 지문은 다른 방법(전화, 서면)으로 알려 주십시오.</translation>
    </message>
    <message>
        <source>Save Enrol&amp;ment File…</source>
        <translation>등록 파일 저장(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import Assignment Package…</source>
        <translation>평가 패키지 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>2. Import your assignment package</source>
        <translation>2. 평가 패키지를 가져오십시오</translation>
    </message>
    <message>
        <source>The agency sends you a package (.scpkg) with the applicants assigned to you and their evidence. It is checked and its program key shown before anything is loaded.</source>
        <translation>운영기관이 배정된 신청 도시와 증빙자료가 담긴 평가 패키지(.scpkg)를 보내 줍니다. 가져오기 전에 패키지를 검증하고 프로그램 키를 보여 드립니다.</translation>
    </message>
    <message>
        <source>or drop the .scpkg file here</source>
        <translation>또는 .scpkg 파일을 여기에 끌어다 놓으십시오</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>No indicator selected</source>
        <translation>선택한 지표가 없습니다</translation>
    </message>
    <message>
        <source>%1 · maximum %2 points · %3</source>
        <translation>%1 · 배점 %2점 · %3</translation>
    </message>
    <message>
        <source>No value reported</source>
        <translation>신청 값 없음</translation>
    </message>
    <message>
        <source>(no page given)</source>
        <translation>(쪽 표시 없음)</translation>
    </message>
    <message>
        <source>You entered another value (below); Del takes it back.</source>
        <translation>다른 값을 입력했습니다(아래). Del 키로 되돌립니다.</translation>
    </message>
    <message>
        <source>✓ Confirmed as reported unless you enter another value.</source>
        <translation>✓ 다른 값을 입력하지 않으면 신청 값대로 확인한 것입니다.</translation>
    </message>
    <message>
        <source>Applicant&apos;s self-assessment: %1 %2 (not counted)</source>
        <translation>신청 도시 자체평가: %1 %2 (점수에 반영되지 않음)</translation>
    </message>
    <message>
        <source>Applicant&apos;s self-assessment: none given</source>
        <translation>신청 도시 자체평가: 없음</translation>
    </message>
    <message>
        <source>%1 points (key %2 or %3)</source>
        <translation>%1점 (키 %2 또는 %3)</translation>
    </message>
    <message>
        <source>%1 points (key %2)</source>
        <translation>%1점 (키 %2)</translation>
    </message>
    <message>
        <source>Points: %1 / %2</source>
        <translation>점수: %1 / %2</translation>
    </message>
    <message>
        <source>✓ Comment required for level %1: given.</source>
        <translation>✓ %1 등급에 필요한 의견: 입력함.</translation>
    </message>
    <message>
        <source>⚠ A comment is required for level %1. The sheet is incomplete without it.</source>
        <translation>⚠ %1 등급에는 의견이 필요합니다. 의견이 없으면 평가표가 완료되지 않습니다.</translation>
    </message>
    <message>
        <source>A comment is required for the levels %1.</source>
        <translation>%1 등급에는 의견이 필요합니다.</translation>
    </message>
    <message>
        <source>Explain a value you found that differs from the report.</source>
        <translation>확인한 값이 신청 값과 다르면 그 근거를 적으십시오.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>의견(&amp;C):</translation>
    </message>
    <message>
        <source>Leave blank when the reported value is right. A value you enter goes to the chair, who accepts or dismisses it; until then the points stay those of the reported value.</source>
        <translation>신청 값이 맞으면 비워 두십시오. 입력한 값은 위원장에게 전달되어 승인 또는 기각되며, 그때까지 점수는 신청 값 기준입니다.</translation>
    </message>
    <message>
        <source>The chair accepts or dismisses the value you found; the points stay those of the reported value until then.</source>
        <translation>확인한 값은 위원장이 승인 또는 기각합니다. 그때까지 점수는 신청 값 기준입니다.</translation>
    </message>
    <message>
        <source>Your value would give %1 points. The chair accepts or dismisses it; the points stay those of the reported value until then.</source>
        <translation>확인한 값으로는 %1점입니다. 위원장이 승인 또는 기각하며, 그때까지 점수는 신청 값 기준입니다.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <source>Show or hide the guidance</source>
        <translation>평가 기준 보이기·숨기기</translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation>신청 값</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>증빙:</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Document</source>
        <translation>증빙자료 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Value you f&amp;ound:</source>
        <translation>확인한 값(&amp;O):</translation>
    </message>
    <message>
        <source>Open the applicant&apos;s evidence documents (Ctrl+E)</source>
        <translation>신청 도시의 증빙자료를 엽니다 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reported value:</source>
        <translation>신청 값:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>점수:</translation>
    </message>
    <message>
        <source>blank = as reported</source>
        <translation>비워 두면 신청 값대로</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>지우기 (Del)</translation>
    </message>
    <message>
        <source>On-site inspection (현장실사) note</source>
        <translation>현장실사 메모</translation>
    </message>
    <message>
        <source>What the on-site inspection found for this indicator</source>
        <translation>현장실사에서 이 지표에 대해 확인한 내용</translation>
    </message>
    <message>
        <source>You recused yourself from this applicant: nothing can be scored.</source>
        <translation>이 신청 도시의 평가를 회피했습니다. 평가할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the folder of an evaluator or program workspace</source>
        <translation>평가위원 또는 운영기관의 작업 공간 폴더를 엽니다</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>백업에서 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Put back the open workspace as one of its backups was</source>
        <translation>열린 작업 공간을 백업해 둔 상태로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>시작 화면(&amp;S)</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>상태 표시줄(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Smart City Certification</source>
        <translation>스마트도시 인증 프로그램 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (데모)</translation>
    </message>
    <message>
        <source>Making the demo round: a program, twelve applicants and nine evaluators…</source>
        <translation>데모 평가를 만드는 중: 프로그램 1개, 신청 도시 12곳, 평가위원 9명…</translation>
    </message>
    <message>
        <source>The demo round: every key&apos;s passphrase is demo.</source>
        <translation>데모 평가입니다. 모든 키의 암호 문구는 demo입니다.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Open a workspace first: its backups are in its folder.</source>
        <translation>먼저 작업 공간을 여십시오. 백업은 작업 공간 폴더 안에 있습니다.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Offline written evaluation for smart city certification (스마트도시 인증): evaluators score on their own computers and submit signed score bundles; the operating agency merges them and computes the grades.</source>
        <translation>스마트도시 인증 서면평가를 오프라인으로 진행합니다. 평가위원은 각자의 컴퓨터에서 평가하고 서명된 평가 결과 파일을 제출하며, 운영기관은 이를 취합하여 등급을 산정합니다.</translation>
    </message>
    <message>
        <source>Sample framework.</source>
        <translation>예시 지표체계.</translation>
    </message>
    <message>
        <source>The indicator framework included with this program is a sample that matches the published counts (3 domains, 10 items, 63 indicators, 2,000 points); it is not the official indicator set. Grade thresholds other than the 70% certification line are assumptions too. The operating agency replaces both with its official framework workbook.</source>
        <translation>이 프로그램에 포함된 지표체계는 공개된 구성(3개 분야, 10개 평가항목, 63개 세부지표, 2,000점)에 맞춘 예시이며 공식 지표체계가 아닙니다. 인증 기준선 70%를 제외한 등급 기준도 가정한 값입니다. 운영기관은 둘 다 공식 지표체계 통합문서로 바꿉니다.</translation>
    </message>
    <message>
        <source>About Smart City Certification</source>
        <translation>스마트도시 인증 프로그램 정보</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) still running. Stop and close?</source>
        <translation>
            <numerusform>작업 %n개가 아직 실행 중입니다. 중지하고 닫을까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>What has been saved so far is kept.</source>
        <translation>지금까지 저장된 내용은 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>  applicants: {count} (inputs/applicants.xlsx), evidence PDFs attached</source>
        <translation>  신청 도시: {count}곳 (inputs/applicants.xlsx), 증빙 PDF 첨부</translation>
    </message>
    <message>
        <source>  bundles:    {accepted} of {count} merged; {evaluator} is ready to score in {folder}</source>
        <translation>  평가 결과 파일: {count}개 중 {accepted}개 병합, {evaluator}은(는) {folder}에서 평가할 준비가 되어 있습니다</translation>
    </message>
    <message>
        <source>  evaluators: {count} in {folder}; 5 per applicant; conflicts {conflicts}</source>
        <translation>  평가위원: {count}명 ({folder}), 신청 도시마다 5명, 이해충돌 {conflicts}</translation>
    </message>
    <message>
        <source>  grade {grade}  min_ratio {ratio} ({points} points)  {certified}  {city_type}</source>
        <translation>  {grade}등급  최소 비율 {ratio} ({points}점)  {certified}  {city_type}</translation>
    </message>
    <message>
        <source>  passphrase of every demo key: (from SMARTCERT_PASSPHRASE)</source>
        <translation>  모든 데모 키의 암호 문구: (SMARTCERT_PASSPHRASE의 값)</translation>
    </message>
    <message>
        <source>  passphrase of every demo key: {passphrase}</source>
        <translation>  모든 데모 키의 암호 문구: {passphrase}</translation>
    </message>
    <message>
        <source>  program:    {program}  (key {fingerprint}; framework {framework} {version}, SAMPLE)</source>
        <translation>  인증 프로그램: {program}  (키 {fingerprint}, 평가체계 {framework} {version}, 예시)</translation>
    </message>
    <message>
        <source>  {filename}  {size} bytes  sha256 {sha256}</source>
        <translation>  {filename}  {size}바이트  sha256 {sha256}</translation>
    </message>
    <message>
        <source>  {name}  {created}  {reason}  schema {schema}  {state}</source>
        <translation>  {name}  {created}  {reason}  스키마 {schema}  {state}</translation>
    </message>
    <message>
        <source> for large cities</source>
        <translation> (대도시)</translation>
    </message>
    <message>
        <source> for small cities</source>
        <translation> (중소도시)</translation>
    </message>
    <message>
        <source>&apos;else&apos; must be the last clause</source>
        <translation>&apos;else&apos;는 마지막 절이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;{clause}&apos; is not of the form key = value</source>
        <translation>&apos;{clause}&apos;은(는) key = value 형식이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not &apos;LABEL : RATIO&apos;</source>
        <translation>&apos;{part}&apos;은(는) &apos;LABEL : RATIO&apos; 형식이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{start}...&apos; ({count} characters)</source>
        <translation>&apos;{start}...&apos; ({count}자)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no</source>
        <translation>&apos;{value}&apos;은(는) yes도 no도 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>&apos;{value}&apos;은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>&apos;{value}&apos;은(는) {choices} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>(kept the existing demo in {root}; &apos;smartcert demo --fresh&apos; starts over)</source>
        <translation>({root}에 있던 데모를 그대로 두었습니다. &apos;smartcert demo --fresh&apos;로 새로 만듭니다)</translation>
    </message>
    <message>
        <source>--conflicts: no applicant with code {codes} in this program</source>
        <translation>--conflicts: 이 인증 프로그램에 코드가 {codes}인 신청 도시가 없습니다</translation>
    </message>
    <message>
        <source>--database {url}: not a database URL; write it as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>--database {url}: 데이터베이스 URL이 아닙니다. postgresql://USER@HOST[:PORT]/DATABASE 형식으로 쓰십시오</translation>
    </message>
    <message>
        <source>--database {url}: the URL names no database; write it as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>--database {url}: URL에 데이터베이스 이름이 없습니다. postgresql://USER@HOST[:PORT]/DATABASE 형식으로 쓰십시오</translation>
    </message>
    <message>
        <source>--database: {backend}:// is not supported; the program&apos;s store is PostgreSQL (postgresql://USER@HOST[:PORT]/DATABASE) or, without --database, a SQLite file in the program folder</source>
        <translation>--database: {backend}:// 주소는 지원하지 않습니다. 인증 프로그램의 저장소는 PostgreSQL(postgresql://USER@HOST[:PORT]/DATABASE)이거나, --database 없이 인증 프로그램 폴더의 SQLite 파일입니다</translation>
    </message>
    <message>
        <source>--json and --xlsx must name different files</source>
        <translation>--json과 --xlsx에는 서로 다른 파일을 지정하십시오</translation>
    </message>
    <message>
        <source>--per-applicant must be at least 1</source>
        <translation>--per-applicant는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>--reason must not be empty</source>
        <translation>--reason을 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>BAND needs at least one clause &apos;OP NUMBER : RATIO&apos;</source>
        <translation>BAND에는 &apos;OP NUMBER : RATIO&apos; 절이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>BAND needs at least one clause besides &apos;else&apos;</source>
        <translation>BAND에는 &apos;else&apos; 외에 절이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>CAP needs &apos;target = N&apos; or &apos;large = N; small = M&apos;</source>
        <translation>CAP에는 &apos;target = N&apos; 또는 &apos;large = N; small = M&apos;이 있어야 합니다</translation>
    </message>
    <message>
        <source>CHECKLIST takes no parameters</source>
        <translation>CHECKLIST에는 매개변수가 없습니다</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>파일 이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>Framework workbooks (평가체계).</source>
        <translation>평가체계 통합문서</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>입출력 오류입니다</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>LEVELS needs at least one &apos;LABEL : RATIO&apos;</source>
        <translation>LEVELS에는 &apos;LABEL : RATIO&apos;가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>New passphrase for the program&apos;s keys:</source>
        <translation>인증 프로그램 키의 새 암호 문구:</translation>
    </message>
    <message>
        <source>New passphrase for your keys:</source>
        <translation>내 키의 새 암호 문구:</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>디스크에 남은 공간이 없습니다</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>허용되지 않는 작업입니다</translation>
    </message>
    <message>
        <source>Passphrase of the program&apos;s keys:</source>
        <translation>인증 프로그램 키의 암호 문구:</translation>
    </message>
    <message>
        <source>Passphrase of your keys (to open the package):</source>
        <translation>내 키의 암호 문구(평가 패키지를 열기 위해):</translation>
    </message>
    <message>
        <source>Passphrase of your keys:</source>
        <translation>내 키의 암호 문구:</translation>
    </message>
    <message>
        <source>Password of the database user {user} ({database}):</source>
        <translation>데이터베이스 사용자 {user}의 비밀번호({database}):</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>읽기 전용 파일 시스템입니다</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>암호 문구를 한 번 더 입력하십시오:</translation>
    </message>
    <message>
        <source>Restore the latest backup: smartcert {role} restore {path} {backup} (made {created}, {reason}).</source>
        <translation>최근 백업을 복원하십시오: smartcert {role} restore {path} {backup} ({created}에 만듦, {reason})</translation>
    </message>
    <message>
        <source>SAMPLE: a sample framework, not the official indicator set; the operating agency replaces it with the official framework workbook</source>
        <translation>예시: 공식 지표 체계가 아닌 예시 평가체계입니다. 운영 기관이 공식 평가체계 통합문서로 바꿉니다</translation>
    </message>
    <message>
        <source>SCALE takes no parameters (the levels come from the Scale sheet)</source>
        <translation>SCALE에는 매개변수가 없습니다(등급은 Scale 시트에서 정합니다)</translation>
    </message>
    <message>
        <source>Scale code &apos;{code}&apos; is given twice (first in row {row})</source>
        <translation>척도 코드 &apos;{code}&apos;이(가) 두 번 있습니다(처음은 {row}행)</translation>
    </message>
    <message>
        <source>Scale code &apos;{code}&apos; must not contain commas or spaces</source>
        <translation>척도 코드 &apos;{code}&apos;에는 쉼표나 공백이 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>Smart city certification (스마트도시 인증)</source>
        <translation>스마트도시 인증</translation>
    </message>
    <message>
        <source>There is no backup to restore; keep a copy of the folder and ask for help.</source>
        <translation>복원할 백업이 없습니다. 폴더의 사본을 보관하고 도움을 요청하십시오</translation>
    </message>
    <message>
        <source>Validate a framework workbook; print its domains, items, indicators and points. Every problem is reported as an error: line with its sheet, row and column.</source>
        <translation>평가체계 통합문서를 검사하고 영역, 항목, 지표와 배점을 출력합니다. 문제마다 시트, 행, 열을 밝힌 error: 줄로 알립니다</translation>
    </message>
    <message>
        <source>a 7-Zip archive; extract the workbook from it first</source>
        <translation>7-Zip 압축 파일입니다. 먼저 그 안의 통합 문서를 꺼내십시오</translation>
    </message>
    <message>
        <source>a CSV file (text with separated values); open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>CSV 파일(구분 기호로 나눈 텍스트)입니다. Excel에서 열어 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a GIF image, not a workbook; choose the workbook (.xlsx) itself</source>
        <translation>GIF 이미지이며 통합 문서가 아닙니다. 통합 문서(.xlsx) 자체를 선택하십시오</translation>
    </message>
    <message>
        <source>a Hangul word processor document (.hwp), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>한글(.hwp) 문서이며 스프레드시트가 아닙니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a Hangul word processor document (.hwpx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>한글(.hwpx) 문서이며 스프레드시트가 아닙니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a JPEG image, not a workbook; choose the workbook (.xlsx) itself</source>
        <translation>JPEG 이미지이며 통합 문서가 아닙니다. 통합 문서(.xlsx) 자체를 선택하십시오</translation>
    </message>
    <message>
        <source>a JSON file, not a workbook; choose the workbook (.xlsx)</source>
        <translation>JSON 파일이며 통합 문서가 아닙니다. 통합 문서(.xlsx)를 선택하십시오</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>a PDF document; a table in a PDF cannot be read: use the workbook it was made from, saved as .xlsx (Excel workbook)</source>
        <translation>PDF 문서입니다. PDF 안의 표는 읽을 수 없습니다. 그 PDF를 만든 통합 문서를 .xlsx(Excel 통합 문서)로 저장해 사용하십시오</translation>
    </message>
    <message>
        <source>a PNG image, not a workbook; choose the workbook (.xlsx) itself</source>
        <translation>PNG 이미지이며 통합 문서가 아닙니다. 통합 문서(.xlsx) 자체를 선택하십시오</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.ppt), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>PowerPoint 프레젠테이션(.ppt)이며 스프레드시트가 아닙니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>PowerPoint 프레젠테이션(.pptx)이며 스프레드시트가 아닙니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a RAR archive; extract the workbook from it first</source>
        <translation>RAR 압축 파일입니다. 먼저 그 안의 통합 문서를 꺼내십시오</translation>
    </message>
    <message>
        <source>a Word document (.doc), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>Word 문서(.doc)이며 스프레드시트가 아닙니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a Word document (.docx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>Word 문서(.docx)이며 스프레드시트가 아닙니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a ZIP archive without a workbook in it; if the workbook is inside, extract it first</source>
        <translation>통합 문서가 아닌 ZIP 압축 파일입니다. 그 안에 통합 문서가 있다면 먼저 꺼내십시오</translation>
    </message>
    <message>
        <source>a ZIP file or workbook</source>
        <translation>ZIP 파일 또는 통합 문서</translation>
    </message>
    <message>
        <source>a binary Excel workbook (.xlsb); save it as .xlsx (Excel workbook) and try again</source>
        <translation>Excel 바이너리 통합 문서(.xlsb)입니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a cell has the reference {ref!r}</source>
        <translation>셀 참조가 {ref!r}입니다</translation>
    </message>
    <message>
        <source>a cell lies beyond the last column of a spreadsheet (XFD)</source>
        <translation>스프레드시트의 마지막 열(XFD)을 넘는 셀이 있습니다</translation>
    </message>
    <message>
        <source>a detached signature</source>
        <translation>분리 서명 파일</translation>
    </message>
    <message>
        <source>a framework file</source>
        <translation>평가체계 파일</translation>
    </message>
    <message>
        <source>a gzip-compressed file; extract the workbook from it first</source>
        <translation>gzip 압축 파일입니다. 먼저 그 안의 통합 문서를 꺼내십시오</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>a macro-enabled Excel template (.xltm); save it as .xlsx (Excel workbook) and try again</source>
        <translation>매크로 사용 Excel 서식 파일(.xltm)입니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a macro-enabled Excel workbook (.xlsm); save it as .xlsx (Excel workbook) and try again</source>
        <translation>매크로 사용 Excel 통합 문서(.xlsm)입니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a recusal needs a reason</source>
        <translation>회피에는 사유가 필요합니다</translation>
    </message>
    <message>
        <source>a results file</source>
        <translation>결과 파일</translation>
    </message>
    <message>
        <source>a rich text document (.rtf), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>서식 있는 텍스트 문서(.rtf)이며 스프레드시트가 아닙니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a row has the number {number!r}</source>
        <translation>행 번호가 {number!r}인 행이 있습니다</translation>
    </message>
    <message>
        <source>a score bundle</source>
        <translation>평가 결과 파일</translation>
    </message>
    <message>
        <source>a second level for applicant {applicant}, indicator {indicator} (first in row {row}); keep one row</source>
        <translation>신청 도시 {applicant}, 지표 {indicator}의 등급이 두 번째로 나옵니다(처음은 {row}행). 한 행만 남기십시오</translation>
    </message>
    <message>
        <source>a second value for applicant {applicant}, indicator {indicator} (first in row {row}); keep one row</source>
        <translation>신청 도시 {applicant}, 지표 {indicator}의 값이 두 번째로 나옵니다(처음은 {row}행). 한 행만 남기십시오</translation>
    </message>
    <message>
        <source>a smartcert {kind} file</source>
        <translation>smartcert {kind} 파일</translation>
    </message>
    <message>
        <source>a subcommand is required (check)</source>
        <translation>하위 명령이 필요합니다(check)</translation>
    </message>
    <message>
        <source>a text file; if it holds the table, open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>텍스트 파일입니다. 표가 들어 있다면 Excel에서 열어 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a value without a key</source>
        <translation>키 없이 값만 있습니다</translation>
    </message>
    <message>
        <source>a web page (HTML), as some systems export under the name .xls; open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>웹 페이지(HTML)입니다. 일부 시스템은 이를 .xls라는 이름으로 내보냅니다. Excel에서 열어 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a workbook protected by a password (encrypted); open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it as .xlsx and try again</source>
        <translation>암호로 보호된(암호화된) 통합 문서입니다. Excel에서 열어 암호를 없애고(파일 &gt; 정보 &gt; 통합 문서 보호 &gt; 암호 설정), .xlsx로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>accept a corrected quantitative value</source>
        <translation>보정된 정량 값을 승인합니다</translation>
    </message>
    <message>
        <source>accepted {applicant} {indicator} = {value} ({reason})</source>
        <translation>{applicant} {indicator}의 값 {value}을(를) 반영했습니다 ({reason})</translation>
    </message>
    <message>
        <source>add or update applicants, reported values, self-assessments</source>
        <translation>신청 도시, 신청 값, 자체 평가를 추가하거나 갱신합니다</translation>
    </message>
    <message>
        <source>aggregation: {method} (trimming from {trim} counted evaluators; fewer than {minimum} counted evaluators: incomplete, no grade)</source>
        <translation>집계: {method} (반영 평가위원 {trim}명부터 최고·최저 제외, 반영 평가위원 {minimum}명 미만: 미완료, 등급 없음)</translation>
    </message>
    <message>
        <source>also list every indicator</source>
        <translation>모든 지표도 나열합니다</translation>
    </message>
    <message>
        <source>also require the key that the file&apos;s kind needs in this program (results and packages: the program&apos;s key; bundles: the evaluator&apos;s enrolled key)</source>
        <translation>이 인증 프로그램에서 파일 종류에 맞는 키로 서명되었는지도 확인합니다(평가 결과 파일과 평가 패키지: 인증 프로그램의 키, 평가 결과 파일: 등록된 평가위원의 키)</translation>
    </message>
    <message>
        <source>also write it as a CSV file (UTF-8)</source>
        <translation>CSV 파일(UTF-8)로도 씁니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션 %(option)s: 해당할 수 있는 옵션 %(matches)s</translation>
    </message>
    <message>
        <source>an Excel add-in (.xlam), not a workbook; save it as .xlsx (Excel workbook) and try again</source>
        <translation>Excel 추가 기능(.xlam)이며 통합 문서가 아닙니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an OpenDocument or similar file ({mimetype}), not an Excel workbook; save it as .xlsx (Excel workbook) and try again</source>
        <translation>OpenDocument 또는 그와 비슷한 파일({mimetype})이며 Excel 통합 문서가 아닙니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp); copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>OpenDocument 프레젠테이션(.odp)입니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel workbook) and try again</source>
        <translation>OpenDocument 스프레드시트(.ods)입니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an OpenDocument text document (.odt); copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>OpenDocument 텍스트 문서(.odt)입니다. 표를 Excel에 복사해 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an XML file, not a workbook; save it as .xlsx (Excel workbook) and try again</source>
        <translation>XML 파일이며 통합 문서가 아닙니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an XML part declares a document type (entities are not allowed in a workbook)</source>
        <translation>XML 부분에 문서 유형 선언이 있습니다(통합 문서에는 엔터티를 쓸 수 없습니다)</translation>
    </message>
    <message>
        <source>an XML spreadsheet (Excel 2003 XML); open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>XML 스프레드시트(Excel 2003 XML)입니다. Excel에서 열어 .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an applicant appears twice</source>
        <translation>신청 도시가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>an assignment package</source>
        <translation>평가 패키지</translation>
    </message>
    <message>
        <source>an assignment package or a score bundle</source>
        <translation>평가 패키지 또는 평가 결과 파일</translation>
    </message>
    <message>
        <source>an enrolment file</source>
        <translation>등록 파일</translation>
    </message>
    <message>
        <source>an old Excel 5.0/95 workbook (.xls); save it as .xlsx (Excel workbook) and try again</source>
        <translation>예전 Excel 5.0/95 통합 문서(.xls)입니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an old Excel 97-2003 workbook (.xls); save it as .xlsx (Excel workbook) and try again</source>
        <translation>예전 Excel 97-2003 통합 문서(.xls)입니다. .xlsx(Excel 통합 문서)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>an old Office file (OLE2 compound document), such as an old .xls or a password-protected workbook; save it as an Excel workbook (.xlsx) without a password and try again</source>
        <translation>예전 Office 파일(OLE2 복합 문서)입니다. 예전 .xls이거나 암호로 보호된 통합 문서일 수 있습니다. 암호 없이 Excel 통합 문서(.xlsx)로 저장한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>another staff member&apos;s change has held the program for too long; try again in a moment. Nothing was changed.</source>
        <translation>다른 담당자의 변경이 인증 프로그램을 너무 오래 잡고 있습니다. 잠시 후 다시 시도하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>applicant code</source>
        <translation>신청 도시 코드</translation>
    </message>
    <message>
        <source>applicant code {code!r} cannot name a file (1–32 ASCII letters, digits, - or _); correct it in the applicants workbook. Nothing was written.</source>
        <translation>신청 도시 코드 {code!r}은(는) 파일 이름이 될 수 없습니다(1–32자의 ASCII 영문자, 숫자, - 또는 _). 신청 도시 통합 문서에서 고치십시오. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>applicant code {code} appears twice (first in row {row})</source>
        <translation>신청 도시 코드 {code}이(가) 두 번 나옵니다(처음은 {row}행)</translation>
    </message>
    <message>
        <source>applicant code {code} differs from {other} (row {row}) only in case; codes name files, so they must differ in more than case</source>
        <translation>신청 도시 코드 {code}은(는) {row}행의 {other}와(과) 대소문자만 다릅니다. 코드는 파일 이름에 쓰이므로 대소문자 말고도 달라야 합니다</translation>
    </message>
    <message>
        <source>applicant code {code} differs from {other}, already in the program, only in case; use the same spelling or another code</source>
        <translation>신청 도시 코드 {code}은(는) 인증 프로그램에 이미 있는 {other}와(과) 대소문자만 다릅니다. 같은 표기를 쓰거나 다른 코드를 쓰십시오</translation>
    </message>
    <message>
        <source>applicant codes the evaluator must never score, CODE[,CODE...]</source>
        <translation>평가위원이 평가해서는 안 되는 신청 도시 코드, CODE[,CODE...]</translation>
    </message>
    <message>
        <source>applicant {applicant}, indicator {indicator} appears twice (first in row {row}); keep one row</source>
        <translation>신청 도시 {applicant}, 지표 {indicator}이(가) 두 번 나옵니다(처음은 {row}행). 한 행만 남기십시오</translation>
    </message>
    <message>
        <source>applicant {code} is listed twice (first in row {row})</source>
        <translation>신청 도시 {code}이(가) 두 번 적혀 있습니다(처음은 {row}행)</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>신청 도시</translation>
    </message>
    <message>
        <source>applicants: {added} added, {updated} updated; {reported} reported values, {self_assessments} self-assessments</source>
        <translation>신청 도시: {added}곳 추가, {updated}곳 갱신, 신청 값 {reported}개, 자체 평가 {self_assessments}개</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인자 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>assign evaluators to applicants</source>
        <translation>신청 도시에 평가위원을 배정합니다</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>배정됨</translation>
    </message>
    <message>
        <source>assignments workbook (.xlsx), replaces all assignments</source>
        <translation>배정 통합문서(.xlsx), 모든 배정을 바꿉니다</translation>
    </message>
    <message>
        <source>attach evidence documents (PDF) to an applicant</source>
        <translation>신청 도시에 증빙 문서(PDF)를 첨부합니다</translation>
    </message>
    <message>
        <source>attached {count} document(s) to {applicant}:</source>
        <translation>{applicant}에 문서 {count}개를 첨부했습니다:</translation>
    </message>
    <message>
        <source>attachment name {name!r} {problem}</source>
        <translation>첨부 파일 이름 {name!r}: {problem}</translation>
    </message>
    <message>
        <source>attachment names {first!r} and {second!r} would be the same file on Windows and macOS</source>
        <translation>첨부 파일 이름 {first!r}와(과) {second!r}은(는) Windows와 macOS에서 같은 파일이 됩니다</translation>
    </message>
    <message>
        <source>attachment {name!r}</source>
        <translation>첨부 파일 {name!r}</translation>
    </message>
    <message>
        <source>audit entry {seq}: content does not match its hash</source>
        <translation>감사 기록 {seq}: 내용이 해시와 맞지 않습니다</translation>
    </message>
    <message>
        <source>audit entry {seq}: does not follow entry {previous}</source>
        <translation>감사 기록 {seq}: 기록 {previous} 다음으로 이어지지 않습니다</translation>
    </message>
    <message>
        <source>backups of {folder} (newest first):</source>
        <translation>{folder}의 백업(최신 순):</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>빈칸</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>평가 결과 파일</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; 파일을 열 수 없습니다: %(error)s</translation>
    </message>
    <message>
        <source>cannot assign: {problem}; nothing was assigned</source>
        <translation>배정할 수 없습니다: {problem}. 아무것도 배정하지 않았습니다</translation>
    </message>
    <message>
        <source>cannot back up the database: {reason}</source>
        <translation>데이터베이스를 백업할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot be decrypted with {ours}: it was damaged or not sealed for it</source>
        <translation>{ours}(으)로 복호화할 수 없습니다. 손상되었거나 이 키에 맞게 암호화되지 않았습니다</translation>
    </message>
    <message>
        <source>cannot be decrypted: its ephemeral key is invalid</source>
        <translation>복호화할 수 없습니다. 임시 키가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot be restored: {problem}</source>
        <translation>복원할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>cannot connect to the database {where}: it asks for a password and none was given; set PGPASSWORD or add it to ~/.pgpass. Nothing was changed.</source>
        <translation>데이터베이스 {where}에 연결할 수 없습니다: 비밀번호가 필요한데 입력되지 않았습니다. PGPASSWORD를 설정하거나 ~/.pgpass에 추가하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>cannot connect to the database {where}: it asks for a password; set PGPASSWORD or add it to ~/.pgpass. Nothing was changed.</source>
        <translation>데이터베이스 {where}에 연결할 수 없습니다: 비밀번호가 필요합니다. PGPASSWORD를 설정하거나 ~/.pgpass에 추가하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>cannot connect to the database {where}: {reason}. Nothing was changed.</source>
        <translation>데이터베이스 {where}에 연결할 수 없습니다: {reason}. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>cannot open the workspace database: {reason}</source>
        <translation>작업 공간의 데이터베이스를 열 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot read the connection file ({reason})</source>
        <translation>연결 파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>cannot read the key file: {reason}</source>
        <translation>키 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation>{path}을(를) 읽을 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot read: a part of the path is a file, not a folder</source>
        <translation>읽을 수 없습니다: 경로의 일부가 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>cannot read: is a folder, not a file</source>
        <translation>읽을 수 없습니다: 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot read: no permission to read it</source>
        <translation>읽을 수 없습니다: 읽을 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot read: no such file</source>
        <translation>읽을 수 없습니다: 파일이 없습니다</translation>
    </message>
    <message>
        <source>cannot read: the disk failed (I/O error); check the disk and try again</source>
        <translation>읽을 수 없습니다: 디스크 오류(I/O 오류)입니다. 디스크를 확인하고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>cannot read: the disk is full; free some space and try again</source>
        <translation>읽을 수 없습니다: 디스크가 가득 찼습니다. 공간을 확보하고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>cannot read: the disk is read-only; choose a folder on a writable disk</source>
        <translation>읽을 수 없습니다: 읽기 전용 디스크입니다. 쓸 수 있는 디스크의 폴더를 고르십시오</translation>
    </message>
    <message>
        <source>cannot read: the file would be larger than this system allows (file size limit); free space or raise the limit</source>
        <translation>읽을 수 없습니다: 파일이 이 시스템이 허용하는 크기(파일 크기 제한)를 넘습니다. 공간을 확보하거나 제한을 늘리십시오</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot write the key file: {reason}</source>
        <translation>키 파일을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot write: a part of the path is a file, not a folder</source>
        <translation>쓸 수 없습니다: 경로의 일부가 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>cannot write: is a folder, not a file</source>
        <translation>쓸 수 없습니다: 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot write: no permission to write here</source>
        <translation>쓸 수 없습니다: 이곳에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot write: the disk failed (I/O error); check the disk and try again</source>
        <translation>쓸 수 없습니다: 디스크 오류(I/O 오류)입니다. 디스크를 확인하고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>cannot write: the disk is full; free some space and try again</source>
        <translation>쓸 수 없습니다: 디스크가 가득 찼습니다. 공간을 확보하고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>cannot write: the disk is read-only; choose a folder on a writable disk</source>
        <translation>쓸 수 없습니다: 읽기 전용 디스크입니다. 쓸 수 있는 디스크의 폴더를 고르십시오</translation>
    </message>
    <message>
        <source>cannot write: the file would be larger than this system allows (file size limit); free space or raise the limit</source>
        <translation>쓸 수 없습니다: 파일이 이 시스템이 허용하는 크기(파일 크기 제한)를 넘게 됩니다. 공간을 확보하거나 제한을 늘리십시오</translation>
    </message>
    <message>
        <source>cannot write: the folder does not exist</source>
        <translation>쓸 수 없습니다: 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot write: {reason}</source>
        <translation>쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula without a saved value; open the workbook in a spreadsheet program and save it, so that the value is stored with the formula, or type the value itself</source>
        <translation>{cell} 셀의 수식에 저장된 값이 없습니다. 스프레드시트 프로그램에서 통합 문서를 열어 저장해 수식과 함께 값이 저장되게 하거나, 값을 직접 입력하십시오</translation>
    </message>
    <message>
        <source>cell {cell}: {problem}</source>
        <translation>{cell} 셀: {problem}</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>changed while it was read; try again</source>
        <translation>읽는 동안 바뀌었습니다. 다시 시도하십시오</translation>
    </message>
    <message>
        <source>clause {number}</source>
        <translation>{number}번째 절</translation>
    </message>
    <message>
        <source>clause {number} &apos;{clause}&apos; is not &apos;OP NUMBER : RATIO&apos; with OP one of &gt;= &gt; &lt;= &lt;</source>
        <translation>{number}번째 절 &apos;{clause}&apos;은(는) &apos;OP NUMBER : RATIO&apos; 형식(OP는 &gt;= &gt; &lt;= &lt; 중 하나)이 아닙니다</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>column &apos;{name}&apos; appears twice (columns {first} and {second})</source>
        <translation>&apos;{name}&apos; 열이 두 번 있습니다({first}열과 {second}열)</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column}열</translation>
    </message>
    <message>
        <source>comment required for levels: {levels}</source>
        <translation>의견이 필요한 등급: {levels}</translation>
    </message>
    <message>
        <source>comment_required_levels names {unknown}, not in the Scale ({codes}); write comma-separated Scale codes or &apos;{none}&apos;</source>
        <translation>comment_required_levels에 척도({codes})에 없는 {unknown}이(가) 있습니다. 척도 코드를 쉼표로 구분해 적거나 &apos;{none}&apos;을(를) 적으십시오</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>conflicts: {codes}</source>
        <translation>회피: {codes}</translation>
    </message>
    <message>
        <source>create a demo program (sample framework, applicants, evaluators)</source>
        <translation>데모 인증 프로그램을 만듭니다(예시 평가체계, 신청 도시, 평가위원)</translation>
    </message>
    <message>
        <source>create a program workspace</source>
        <translation>인증 프로그램 작업 공간을 만듭니다</translation>
    </message>
    <message>
        <source>create the evaluator&apos;s workspace, keys and enrollment.json</source>
        <translation>평가위원의 작업 공간, 키와 enrollment.json을 만듭니다</translation>
    </message>
    <message>
        <source>created</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <source>created evaluator workspace {folder} for {id} ({name})</source>
        <translation>{id}({name})의 평가위원 작업 공간 {folder}을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>created program {id} in {folder}</source>
        <translation>{folder}에 인증 프로그램 {id}을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>created: {created}</source>
        <translation>만든 때: {created}</translation>
    </message>
    <message>
        <source>demo round in {root}</source>
        <translation>데모 평가 회차: {root}</translation>
    </message>
    <message>
        <source>dismiss the pending corrections of an indicator</source>
        <translation>지표의 대기 중인 보정을 기각합니다</translation>
    </message>
    <message>
        <source>dismissed {count} pending correction(s) of {applicant} {indicator} ({reason})</source>
        <translation>{applicant} {indicator}의 대기 중인 보정 {count}건을 기각했습니다 ({reason})</translation>
    </message>
    <message>
        <source>does not match the framework carried in the package</source>
        <translation>패키지에 담긴 평가체계와 맞지 않습니다</translation>
    </message>
    <message>
        <source>does not match {signature}: the file was changed after it was signed</source>
        <translation>{signature}와(과) 맞지 않습니다. 서명한 뒤에 파일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>domains: {count}</source>
        <translation>영역: {count}</translation>
    </message>
    <message>
        <source>else clause</source>
        <translation>else 절</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>encrypted to evaluator key {key} (applicants and evidence readable only with it)</source>
        <translation>평가위원 키 {key}(으)로 암호화됨 (신청 도시와 증빙은 이 키로만 읽을 수 있음)</translation>
    </message>
    <message>
        <source>encrypted to program key {key} (scores readable only with it)</source>
        <translation>인증 프로그램 키 {key}(으)로 암호화됨 (점수는 이 키로만 읽을 수 있음)</translation>
    </message>
    <message>
        <source>enrol an evaluator from an enrolment file</source>
        <translation>등록 파일로 평가위원을 등록합니다</translation>
    </message>
    <message>
        <source>enrolled evaluator {id} ({name}), key fingerprint {fingerprint}</source>
        <translation>평가위원을 등록했습니다: {id}({name}), 키 지문 {fingerprint}</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>위원 등록 중</translation>
    </message>
    <message>
        <source>enrolment file to hand to the agency: {path}</source>
        <translation>운영 기관에 전달할 등록 파일: {path}</translation>
    </message>
    <message>
        <source>evaluator enrolment</source>
        <translation>평가위원 등록 파일</translation>
    </message>
    <message>
        <source>evaluator id</source>
        <translation>평가위원 ID</translation>
    </message>
    <message>
        <source>evaluator key</source>
        <translation>평가위원 키</translation>
    </message>
    <message>
        <source>evaluator {evaluator} has a conflict with applicant {applicant} and must not score it; nothing was assigned</source>
        <translation>평가위원 {evaluator}은(는) 신청 도시 {applicant}와(과) 이해충돌이 있어 평가할 수 없습니다. 아무것도 배정하지 않았습니다</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is already assigned to {applicants}; reassign before declaring the conflict. Nothing was changed.</source>
        <translation>평가위원 {evaluator}은(는) 이미 {applicants}에 배정되어 있습니다. 이해충돌을 신고하기 전에 다시 배정하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is assigned applicant {applicant} again (first in row {row}); keep one row</source>
        <translation>평가위원 {evaluator}에게 신청 도시 {applicant}이(가) 다시 배정되어 있습니다(처음은 {row}행). 한 행만 남기십시오</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is not enrolled</source>
        <translation>평가위원 {evaluator}은(는) 등록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is not enrolled in this program</source>
        <translation>평가위원 {evaluator}은(는) 이 인증 프로그램에 등록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>evaluator: workspace, packages, score sheets, bundles</source>
        <translation>평가위원: 작업 공간, 평가 패키지, 평가표, 평가 결과 파일</translation>
    </message>
    <message>
        <source>evaluator: {evaluator} ({name})</source>
        <translation>평가위원: {evaluator} ({name})</translation>
    </message>
    <message>
        <source>evaluators per applicant</source>
        <translation>신청 도시당 평가위원 수</translation>
    </message>
    <message>
        <source>evidence document {document} of {applicant} does not match its hash</source>
        <translation>{applicant}의 증빙 문서 {document}이(가) 해시와 맞지 않습니다</translation>
    </message>
    <message>
        <source>evidence document {document} of {applicant} is missing</source>
        <translation>{applicant}의 증빙 문서 {document}이(가) 없습니다</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>인자 %s개가 필요합니다</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>인자 %s개가 필요합니다</translation>
    </message>
    <message>
        <source>expected a number, not a date ({value}); format the column as a number or as text</source>
        <translation>날짜({value})가 아니라 숫자여야 합니다. 열 서식을 숫자나 텍스트로 바꾸십시오</translation>
    </message>
    <message>
        <source>expected a number, not the logical value {value}</source>
        <translation>논리값 {value}이(가) 아니라 숫자여야 합니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>인자가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>인자는 하나까지만 받습니다</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인자 하나가 필요합니다</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>항목 {field}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>final results: JSON (signed), workbook, result sheets</source>
        <translation>최종 결과: JSON(서명), 통합문서, 결과서</translation>
    </message>
    <message>
        <source>flags: spread {spread} of an indicator&apos;s maximum; deviation {deviation} from the panel mean</source>
        <translation>표시 기준: 점수 차이 지표 배점의 {spread}, 평가단 평균과의 편차 {deviation}</translation>
    </message>
    <message>
        <source>font file missing: {path} (the program&apos;s resources are incomplete)</source>
        <translation>글꼴 파일이 없습니다: {path} (프로그램의 구성 파일이 완전하지 않습니다)</translation>
    </message>
    <message>
        <source>format {format} is not supported by this version of smartcert (it reads {supported})</source>
        <translation>이 버전의 smartcert는 {format} 형식을 지원하지 않습니다({supported} 형식을 읽습니다)</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>평가체계</translation>
    </message>
    <message>
        <source>framework OK</source>
        <translation>평가체계 이상 없음</translation>
    </message>
    <message>
        <source>framework workbook (.xlsx)</source>
        <translation>평가체계 통합문서(.xlsx)</translation>
    </message>
    <message>
        <source>framework workbooks (평가체계)</source>
        <translation>평가체계 통합문서</translation>
    </message>
    <message>
        <source>framework: {id}</source>
        <translation>평가체계: {id}</translation>
    </message>
    <message>
        <source>framework: {id} {version} ({hash})</source>
        <translation>평가체계: {id} {version} ({hash})</translation>
    </message>
    <message>
        <source>framework: {id} {version} ({hash})  [SAMPLE]</source>
        <translation>평가체계: {id} {version} ({hash})  [예시]</translation>
    </message>
    <message>
        <source>give either &apos;target = N&apos; or &apos;large = N; small = M&apos;, not both</source>
        <translation>&apos;target = N&apos;과 &apos;large = N; small = M&apos; 중 하나만 쓰십시오</translation>
    </message>
    <message>
        <source>grade {grade} is certified but the better grade {better} (row {row}) is not{scope}; certified grades must be the best ones</source>
        <translation>{grade}등급은 인증인데 더 높은 {better}등급({row}행)은 인증이 아닙니다{scope}. 인증 등급은 가장 높은 등급들이어야 합니다</translation>
    </message>
    <message>
        <source>grade {grade} is given twice{scope} (rows {first} and {row})</source>
        <translation>{grade}등급이 두 번 있습니다{scope}({first}행과 {row}행)</translation>
    </message>
    <message>
        <source>grade {grade} needs min_ratio {ratio}{scope}, not lower than grade {better}&apos;s {better_ratio} (row {row}); a better grade must need a strictly higher min_ratio</source>
        <translation>{grade}등급의 min_ratio {ratio}{scope}은(는) {better}등급의 {better_ratio}({row}행)보다 낮아야 합니다. 더 높은 등급은 min_ratio가 더 높아야 합니다</translation>
    </message>
    <message>
        <source>grades:</source>
        <translation>등급:</translation>
    </message>
    <message>
        <source>has a path segment that starts with a space or ends with a dot or space</source>
        <translation>공백으로 시작하거나 점이나 공백으로 끝나는 경로 구간이 있습니다</translation>
    </message>
    <message>
        <source>has an empty, &apos;.&apos; or &apos;..&apos; path segment (or starts with /)</source>
        <translation>비어 있거나 &apos;.&apos;, &apos;..&apos;인 경로 구간이 있습니다(또는 /로 시작합니다)</translation>
    </message>
    <message>
        <source>has no detached signature {signature} beside it</source>
        <translation>옆에 분리 서명 {signature}이(가) 없습니다</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>형식이 맞지 않습니다</translation>
    </message>
    <message>
        <source>has {count} unexpected bytes at the end</source>
        <translation>끝에 예상하지 않은 {count}바이트가 있습니다</translation>
    </message>
    <message>
        <source>hash: {short} (sha256 {hash})</source>
        <translation>해시: {short} (sha256 {hash})</translation>
    </message>
    <message>
        <source>header</source>
        <translation>머리글</translation>
    </message>
    <message>
        <source>header is damaged: attachment name {name!r} {problem}</source>
        <translation>머리글이 손상되었습니다: 첨부 파일 이름 {name!r}: {problem}</translation>
    </message>
    <message>
        <source>header is damaged: attachment names must be unique and sorted</source>
        <translation>머리글이 손상되었습니다: 첨부 파일 이름은 겹치지 않고 정렬되어 있어야 합니다</translation>
    </message>
    <message>
        <source>header is damaged: attachments must be a list of at most {limit}</source>
        <translation>머리글이 손상되었습니다: attachments는 {limit}개 이하의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>header is damaged: kind {kind!r} does not match format {format}</source>
        <translation>머리글이 손상되었습니다: 종류 {kind!r}이(가) 형식 {format}와(과) 맞지 않습니다</translation>
    </message>
    <message>
        <source>header is damaged: longer than {limit} bytes</source>
        <translation>머리글이 손상되었습니다: {limit}바이트보다 깁니다</translation>
    </message>
    <message>
        <source>header is damaged: meta must be an object</source>
        <translation>머리글이 손상되었습니다: meta는 객체여야 합니다</translation>
    </message>
    <message>
        <source>header is damaged: no known format</source>
        <translation>머리글이 손상되었습니다: 알려진 형식이 아닙니다</translation>
    </message>
    <message>
        <source>header is damaged: not a JSON object</source>
        <translation>머리글이 손상되었습니다: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>header is damaged: not in canonical form</source>
        <translation>머리글이 손상되었습니다: 정규 형식이 아닙니다</translation>
    </message>
    <message>
        <source>header is damaged: the encryption description is not understood</source>
        <translation>머리글이 손상되었습니다: 암호화 설명을 알아볼 수 없습니다</translation>
    </message>
    <message>
        <source>header is damaged: the fingerprint does not match the signer&apos;s keys</source>
        <translation>머리글이 손상되었습니다: 지문이 서명자의 키와 맞지 않습니다</translation>
    </message>
    <message>
        <source>header is damaged: unexpected or missing fields</source>
        <translation>머리글이 손상되었습니다: 예상하지 않은 항목이 있거나 항목이 빠졌습니다</translation>
    </message>
    <message>
        <source>header is damaged: {field} {problem}</source>
        <translation>머리글이 손상되었습니다: {field}: {problem}</translation>
    </message>
    <message>
        <source>header is damaged: {kind} has no attachments in clear</source>
        <translation>머리글이 손상되었습니다: {kind}에는 암호화되지 않은 첨부 파일이 없습니다</translation>
    </message>
    <message>
        <source>header is damaged: {where} must hold exactly {keys}</source>
        <translation>머리글이 손상되었습니다: {where}에는 정확히 {keys}만 있어야 합니다</translation>
    </message>
    <message>
        <source>header is damaged: {where}.length must be a whole number</source>
        <translation>머리글이 손상되었습니다: {where}.length는 정수여야 합니다</translation>
    </message>
    <message>
        <source>header is damaged: {where}.sha256 must be 64 lower-case hex digits</source>
        <translation>머리글이 손상되었습니다: {where}.sha256은 소문자 16진수 64자리여야 합니다</translation>
    </message>
    <message>
        <source>holds a control character or one of \ : * ? &quot; &lt; &gt; |</source>
        <translation>제어 문자나 \ : * ? &quot; &lt; &gt; | 중 하나가 들어 있습니다</translation>
    </message>
    <message>
        <source>holds a password; a connection file never does. Remove it and give the password in PGPASSWORD or ~/.pgpass, or when asked</source>
        <translation>비밀번호가 들어 있습니다. 연결 파일에는 비밀번호를 넣지 않습니다. 지우고 비밀번호는 PGPASSWORD나 ~/.pgpass에 두거나, 물을 때 입력하십시오</translation>
    </message>
    <message>
        <source>holds {char} at position {position}; a code is 1-32 ASCII letters, digits, - or _</source>
        <translation>{position}번째 자리에 {char}이(가) 있습니다. 코드는 1-32자의 ASCII 영문자, 숫자, - 또는 _입니다</translation>
    </message>
    <message>
        <source>holds {char}; a code is 1-32 ASCII letters, digits, - or _</source>
        <translation>{char}이(가) 있습니다. 코드는 1-32자의 ASCII 영문자, 숫자, - 또는 _입니다</translation>
    </message>
    <message>
        <source>holds {found}; remove it</source>
        <translation>{found}이(가) 있습니다. 지우십시오</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>%r 값은 무시됩니다</translation>
    </message>
    <message>
        <source>imported program {name} ({id})</source>
        <translation>인증 프로그램을 가져왔습니다: {name}({id})</translation>
    </message>
    <message>
        <source>imported {sheet}: {changed} applicant sheet(s) changed</source>
        <translation>{sheet}을(를) 가져왔습니다: 신청 도시 평가표 {changed}개가 바뀌었습니다</translation>
    </message>
    <message>
        <source>indicator code &apos;{code}&apos; is given twice (first in row {row})</source>
        <translation>지표 코드 &apos;{code}&apos;이(가) 두 번 있습니다(처음은 {row}행)</translation>
    </message>
    <message>
        <source>indicators: {count} (quantitative {quantitative}, {quantitative_points} points; qualitative {qualitative}, {qualitative_points} points)</source>
        <translation>지표: {count}개 (정량 {quantitative}개, {quantitative_points}점, 정성 {qualitative}개, {qualitative_points}점)</translation>
    </message>
    <message>
        <source>intact: yes</source>
        <translation>손상 없음: 예</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>중단되었습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s 값이 올바르지 않습니다: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (%(choices)s 중에서 고르십시오)</translation>
    </message>
    <message>
        <source>is a detached signature; verify the file it signs instead</source>
        <translation>분리 서명 파일입니다. 서명한 파일을 검증하십시오</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>is a reserved device name on Windows ({name}), which cannot name a file there</source>
        <translation>Windows의 예약된 장치 이름({name})이라 그곳에서 파일 이름이 될 수 없습니다</translation>
    </message>
    <message>
        <source>is an assignment package in the old format {format}, which is not encrypted; this version of smartcert reads only encrypted packages ({supported}): ask the agency for a new package</source>
        <translation>암호화되지 않은 예전 형식 {format}의 평가 패키지입니다. 이 버전의 smartcert는 암호화된 패키지({supported})만 읽습니다. 운영기관에 새 패키지를 요청하십시오</translation>
    </message>
    <message>
        <source>is damaged: its content names another evaluator, program or serial than its header</source>
        <translation>손상되었습니다: 내용의 평가위원, 인증 프로그램 또는 일련번호가 머리말과 다릅니다</translation>
    </message>
    <message>
        <source>is damaged: length or sha256 is malformed</source>
        <translation>손상되었습니다: length 또는 sha256의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>is damaged: unexpected or missing fields</source>
        <translation>손상되었습니다: 예상하지 않은 항목이 있거나 항목이 빠졌습니다</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>is encrypted to another {whose} ({sealed_to}), not to {ours} ({fingerprint}); it cannot be opened here</source>
        <translation>{ours}({fingerprint})가 아니라 다른 {whose}({sealed_to})(으)로 암호화되어 있어 여기서 열 수 없습니다</translation>
    </message>
    <message>
        <source>is for evaluator {evaluator}, but this workspace belongs to {owner}</source>
        <translation>평가위원 {evaluator}의 것인데 이 작업 공간은 {owner}의 것입니다</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>{limit} MB보다 큽니다</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>{limit}바이트보다 큽니다</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>{limit}자보다 깁니다</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>없습니다</translation>
    </message>
    <message>
        <source>is not a Scale code</source>
        <translation>척도 코드가 아닙니다</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <source>is not a smartcert file it can verify (unknown content)</source>
        <translation>검증할 수 있는 smartcert 파일이 아닙니다 (알 수 없는 내용)</translation>
    </message>
    <message>
        <source>is not a smartcert file it can verify ({kind})</source>
        <translation>검증할 수 있는 smartcert 파일이 아닙니다 ({kind})</translation>
    </message>
    <message>
        <source>is not a smartcert file; expected {wanted}</source>
        <translation>smartcert 파일이 아닙니다. {wanted}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>is not a smartcert key file</source>
        <translation>smartcert 키 파일이 아닙니다</translation>
    </message>
    <message>
        <source>is not a smartcert key file (it is {format})</source>
        <translation>smartcert 키 파일이 아닙니다({format}입니다)</translation>
    </message>
    <message>
        <source>is not a valid framework: {detail}</source>
        <translation>올바른 평가체계가 아닙니다: {detail}</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>객체가 아닙니다</translation>
    </message>
    <message>
        <source>is not canonical base64</source>
        <translation>정규 base64가 아닙니다</translation>
    </message>
    <message>
        <source>is not in its normal form (Unicode NFC, line breaks as LF)</source>
        <translation>정규 형식(유니코드 NFC, 줄바꿈은 LF)이 아닙니다</translation>
    </message>
    <message>
        <source>is not in its normal form (Unicode NFC, no surrounding spaces)</source>
        <translation>정규 형식(유니코드 NFC, 앞뒤 공백 없음)이 아닙니다</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <source>is older (package {serial}) than the one already imported (package {current}); nothing was changed</source>
        <translation>이미 가져온 평가 패키지({current}번)보다 이전 것({serial}번)입니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>is signed by {signer}, but evaluator {evaluator} is enrolled in {program} with the key {key}; do not trust it</source>
        <translation>{signer}(으)로 서명되었지만 평가위원 {evaluator}은(는) {program}에 키 {key}(으)로 등록되어 있습니다. 믿지 마십시오</translation>
    </message>
    <message>
        <source>is signed by {signer}, but program {program} was first imported with key {pinned}; refusing a package signed by another key</source>
        <translation>{signer}(으)로 서명되었지만 인증 프로그램 {program}은(는) 처음에 키 {pinned}(으)로 가져왔습니다. 다른 키로 서명한 평가 패키지는 받지 않습니다</translation>
    </message>
    <message>
        <source>is signed by {signer}, but {description} must be signed by the program&apos;s key {key} of {program}; do not trust it</source>
        <translation>{signer}(으)로 서명되었지만 {description}은(는) {program}의 인증 프로그램 키 {key}(으)로 서명되어야 합니다. 믿지 마십시오</translation>
    </message>
    <message>
        <source>is signed by {signer}, not by the expected key {expected}</source>
        <translation>예상한 키 {expected}이(가) 아니라 {signer}이(가) 서명했습니다</translation>
    </message>
    <message>
        <source>is too large ({size} bytes; the limit is {limit})</source>
        <translation>너무 큽니다({size}바이트, 한도는 {limit})</translation>
    </message>
    <message>
        <source>is too large to be a smartcert key file</source>
        <translation>smartcert 키 파일이라기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>is too large to be {kind}</source>
        <translation>{kind}(이)라기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>is truncated (it ends inside the first line)</source>
        <translation>잘려 있습니다(첫 줄 안에서 끝납니다)</translation>
    </message>
    <message>
        <source>is truncated (it ends inside the header)</source>
        <translation>잘려 있습니다(머리글 안에서 끝납니다)</translation>
    </message>
    <message>
        <source>is truncated: the header announces {declared} more bytes, only {present} are there</source>
        <translation>잘려 있습니다: 머리글에는 {declared}바이트가 더 있다고 되어 있지만 {present}바이트뿐입니다</translation>
    </message>
    <message>
        <source>is {count:,} characters long; a value has at most 200</source>
        <translation>{count:,}자입니다. 값은 200자 이하여야 합니다</translation>
    </message>
    <message>
        <source>is {count} characters long; a code is at most {max}</source>
        <translation>{count}자입니다. 코드는 최대 {max}자입니다</translation>
    </message>
    <message>
        <source>is {description} of program {named}, not of {program}</source>
        <translation>{program}이(가) 아니라 인증 프로그램 {named}의 {description}입니다</translation>
    </message>
    <message>
        <source>is {found}, not {wanted}</source>
        <translation>{wanted}이(가) 아니라 {found}입니다</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {max:,} are allowed</source>
        <translation>{length:,}자입니다. 최대 {max:,}자까지 허용됩니다</translation>
    </message>
    <message>
        <source>is {size:,} bytes; an evidence document may have at most {limit} MB</source>
        <translation>{size:,}바이트입니다. 증빙 문서는 최대 {limit} MB까지입니다</translation>
    </message>
    <message>
        <source>it has more than {limit:,} sheets</source>
        <translation>시트가 {limit:,}개를 넘습니다</translation>
    </message>
    <message>
        <source>it has {count:,} parts, more than a workbook has ({limit:,})</source>
        <translation>부분이 {count:,}개로, 통합 문서가 가질 수 있는 수({limit:,})보다 많습니다</translation>
    </message>
    <message>
        <source>it holds a damaged database, kept as it was found</source>
        <translation>손상된 데이터베이스를 발견된 그대로 보관한 백업입니다</translation>
    </message>
    <message>
        <source>it holds texts longer than a cell can hold ({limit:,} characters)</source>
        <translation>한 셀에 들어갈 수 있는 길이({limit:,}자)보다 긴 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>it is encrypted; save it without a password</source>
        <translation>암호화되어 있습니다. 암호 없이 저장하십시오</translation>
    </message>
    <message>
        <source>it uses a compression that spreadsheets do not write</source>
        <translation>스프레드시트 프로그램이 쓰지 않는 압축 방식을 사용합니다</translation>
    </message>
    <message>
        <source>item</source>
        <translation>평가항목</translation>
    </message>
    <message>
        <source>item {item} is under domain {domain} in row {row}, but under domain {other} here; an item belongs to one domain</source>
        <translation>평가항목 {item}은(는) {row}행에서는 분야 {domain}에, 여기서는 분야 {other}에 속해 있습니다. 평가항목은 한 분야에만 속합니다</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>항목: {count}</translation>
    </message>
    <message>
        <source>its backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>its connection file</source>
        <translation>연결 파일</translation>
    </message>
    <message>
        <source>its database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>its database journal</source>
        <translation>데이터베이스 저널</translation>
    </message>
    <message>
        <source>its database {database} is missing</source>
        <translation>데이터베이스 {database}이(가) 없습니다</translation>
    </message>
    <message>
        <source>its enrolment file</source>
        <translation>등록 파일</translation>
    </message>
    <message>
        <source>its evidence documents</source>
        <translation>증빙 문서</translation>
    </message>
    <message>
        <source>its key derivation cost N = {n} is not a power of two from 2^10 to 2^20</source>
        <translation>키 유도 비용 N = {n}이(가) 2^10에서 2^20 사이의 2의 거듭제곱이 아닙니다</translation>
    </message>
    <message>
        <source>its key derivation parameters are not whole numbers</source>
        <translation>키 유도 매개변수가 정수가 아닙니다</translation>
    </message>
    <message>
        <source>its key derivation parameters r = {r}, p = {p} are outside r 1-{max_r}, p 1-{max_p}</source>
        <translation>키 유도 매개변수 r = {r}, p = {p}이(가) r 1-{max_r}, p 1-{max_p} 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>its key derivation would need {need} MiB (N = {n}, r = {r}); at most {limit} MiB are accepted</source>
        <translation>키 유도에 {need} MiB가 필요합니다(N = {n}, r = {r}). {limit} MiB까지만 허용됩니다</translation>
    </message>
    <message>
        <source>its key file is damaged ({problem})</source>
        <translation>키 파일이 손상되었습니다 ({problem})</translation>
    </message>
    <message>
        <source>its key file is missing</source>
        <translation>키 파일이 없습니다</translation>
    </message>
    <message>
        <source>its key file {key} is damaged ({problem})</source>
        <translation>키 파일 {key}이(가) 손상되었습니다 ({problem})</translation>
    </message>
    <message>
        <source>its key file {key} is missing</source>
        <translation>키 파일 {key}이(가) 없습니다</translation>
    </message>
    <message>
        <source>its keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>its lock file</source>
        <translation>잠금 파일</translation>
    </message>
    <message>
        <source>its part {part} holds more than {limit:,} records</source>
        <translation>부분 {part}에 레코드가 {limit:,}개를 넘습니다</translation>
    </message>
    <message>
        <source>its parts inflate to more than {size} MB (the limit)</source>
        <translation>압축을 풀면 한도인 {size} MB를 넘습니다</translation>
    </message>
    <message>
        <source>its parts would inflate to {size} MB, more than the limit of {limit} MB</source>
        <translation>압축을 풀면 {size} MB가 되어 한도 {limit} MB를 넘습니다</translation>
    </message>
    <message>
        <source>its schema {schema} does not hold program {program}</source>
        <translation>스키마 {schema}에 인증 프로그램 {program}이(가) 없습니다</translation>
    </message>
    <message>
        <source>keep the program&apos;s store in this PostgreSQL database, postgresql://USER@HOST[:PORT]/DB (the folder then holds only the connection file)</source>
        <translation>인증 프로그램의 저장소를 이 PostgreSQL 데이터베이스에 둡니다, postgresql://USER@HOST[:PORT]/DB (폴더에는 연결 파일만 남습니다)</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos; is given twice (first in row {row})</source>
        <translation>키 &apos;{key}&apos;이(가) 두 번 있습니다(처음은 {row}행)</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>key file format {format} is not supported (this version of smartcert reads {known})</source>
        <translation>키 파일 형식 {format}은(는) 지원하지 않습니다(이 버전의 smartcert는 {known}을(를) 읽습니다)</translation>
    </message>
    <message>
        <source>key file is damaged: label and fingerprint must be text</source>
        <translation>키 파일이 손상되었습니다: 라벨과 지문은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>key file is damaged: the fingerprint does not match the public keys</source>
        <translation>키 파일이 손상되었습니다: 지문이 공개 키와 맞지 않습니다</translation>
    </message>
    <message>
        <source>key file is damaged: the private keys are invalid</source>
        <translation>키 파일이 손상되었습니다: 개인 키가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>key file is damaged: the private keys do not match the public keys</source>
        <translation>키 파일이 손상되었습니다: 개인 키가 공개 키와 맞지 않습니다</translation>
    </message>
    <message>
        <source>key file is damaged: unexpected or missing fields</source>
        <translation>키 파일이 손상되었습니다: 예상하지 않은 항목이 있거나 항목이 빠졌습니다</translation>
    </message>
    <message>
        <source>key file names an unsupported cipher</source>
        <translation>키 파일에 지원하지 않는 암호 방식이 적혀 있습니다</translation>
    </message>
    <message>
        <source>key file names an unsupported key derivation</source>
        <translation>키 파일에 지원하지 않는 키 유도 방식이 적혀 있습니다</translation>
    </message>
    <message>
        <source>key fingerprint: {fingerprint}</source>
        <translation>키 지문: {fingerprint}</translation>
    </message>
    <message>
        <source>label &apos;{label}&apos;</source>
        <translation>라벨 &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>label &apos;{label}&apos; is given twice</source>
        <translation>라벨 &apos;{label}&apos;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>메시지 언어</translation>
    </message>
    <message>
        <source>large city: population {population} or more</source>
        <translation>대도시: 인구 {population}명 이상</translation>
    </message>
    <message>
        <source>length: {length} bytes</source>
        <translation>길이: {length}바이트</translation>
    </message>
    <message>
        <source>level {level} is not in the Scale ({codes})</source>
        <translation>등급 {level}은(는) 척도({codes})에 없습니다</translation>
    </message>
    <message>
        <source>level {level} is not in the Scale ({levels})</source>
        <translation>등급 {level}은(는) Scale({levels})에 없습니다</translation>
    </message>
    <message>
        <source>level {level} needs a comment</source>
        <translation>등급 {level}에는 의견이 필요합니다</translation>
    </message>
    <message>
        <source>levels are listed best first, so ratio {ratio} must be lower than {above} of level {level} (row {row})</source>
        <translation>등급은 높은 것부터 적으므로 비율 {ratio}은(는) 등급 {level}의 {above}({row}행)보다 낮아야 합니다</translation>
    </message>
    <message>
        <source>list the program&apos;s audit log</source>
        <translation>인증 프로그램의 감사 기록을 나열합니다</translation>
    </message>
    <message>
        <source>list the programs of a PostgreSQL database</source>
        <translation>PostgreSQL 데이터베이스의 인증 프로그램을 나열합니다</translation>
    </message>
    <message>
        <source>list the workspace&apos;s backups, or restore one (after backing up the current state)</source>
        <translation>작업 공간의 백업을 나열하거나 하나를 복원합니다(현재 상태를 먼저 백업합니다)</translation>
    </message>
    <message>
        <source>load a filled score sheet (all or nothing)</source>
        <translation>작성한 평가표를 불러옵니다(전부 또는 전무)</translation>
    </message>
    <message>
        <source>load: {load}</source>
        <translation>배정 수: {load}</translation>
    </message>
    <message>
        <source>make a folder that works on a program of a PostgreSQL database</source>
        <translation>PostgreSQL 데이터베이스의 인증 프로그램을 다루는 폴더를 만듭니다</translation>
    </message>
    <message>
        <source>mean of no values</source>
        <translation>값이 없어 평균을 낼 수 없습니다</translation>
    </message>
    <message>
        <source>median of no values</source>
        <translation>값이 없어 중앙값을 낼 수 없습니다</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>병합 완료</translation>
    </message>
    <message>
        <source>missing or not text</source>
        <translation>없거나 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>more than {limit:,} cells hold a formula without a saved value; open the workbook in a spreadsheet program and save it, so that the values are stored with the formulas</source>
        <translation>저장된 값이 없는 수식 셀이 {limit:,}개를 넘습니다. 스프레드시트 프로그램에서 통합 문서를 열어 저장해 수식과 함께 값이 저장되게 하십시오</translation>
    </message>
    <message>
        <source>more than {limit} attachments</source>
        <translation>첨부 파일이 {limit}개를 넘습니다</translation>
    </message>
    <message>
        <source>must be 1-32 letters, digits, - or _</source>
        <translation>영문자, 숫자, - 또는 _ 1~32자여야 합니다</translation>
    </message>
    <message>
        <source>must be 1-64 printable characters</source>
        <translation>인쇄 가능한 문자 1~64자여야 합니다</translation>
    </message>
    <message>
        <source>must be a base64 string</source>
        <translation>base64 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must be a plain name: it {problem}</source>
        <translation>일반 이름이어야 합니다: {problem}</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <translation>0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10^9</source>
        <translation>1에서 10^9 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be an object with exactly &quot;encryption&quot; and &quot;signing&quot;</source>
        <translation>정확히 &quot;encryption&quot;과 &quot;signing&quot;만 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>must decode to {length} bytes, not {count}</source>
        <translation>디코딩하면 {count}바이트가 아니라 {length}바이트여야 합니다</translation>
    </message>
    <message>
        <source>must hold exactly evaluator_id, program_id and {counter}</source>
        <translation>정확히 evaluator_id, program_id, {counter}만 있어야 합니다</translation>
    </message>
    <message>
        <source>must look like 2026-01-31T09:00:00Z</source>
        <translation>2026-01-31T09:00:00Z 형태여야 합니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>음수일 수 없습니다</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>name: {name}</source>
        <translation>이름: {name}</translation>
    </message>
    <message>
        <source>names evaluator {evaluator}, who is not enrolled in {program}</source>
        <translation>{program}에 등록되지 않은 평가위원 {evaluator}을(를) 지정합니다</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새 프로그램</translation>
    </message>
    <message>
        <source>no applicant with code {code}</source>
        <translation>코드가 {code}인 신청 도시가 없습니다</translation>
    </message>
    <message>
        <source>no applicant with code {code} in this program</source>
        <translation>이 인증 프로그램에 코드가 {code}인 신청 도시가 없습니다</translation>
    </message>
    <message>
        <source>no assignment package has been imported yet; run &apos;smartcert evaluator import&apos;</source>
        <translation>아직 가져온 평가 패키지가 없습니다. &apos;smartcert evaluator import&apos;를 실행하십시오</translation>
    </message>
    <message>
        <source>no conflict-free assignment exists</source>
        <translation>회피 관계 없이 배정할 방법이 없습니다</translation>
    </message>
    <message>
        <source>no evaluator has assignments yet; run &apos;smartcert program assign&apos; first</source>
        <translation>아직 배정된 평가위원이 없습니다. 먼저 &apos;smartcert program assign&apos;을 실행하십시오</translation>
    </message>
    <message>
        <source>no grade applies to {total} for {city_type} cities; the framework needs a 0 row</source>
        <translation>{city_type} 도시의 {total}에 맞는 등급이 없습니다. 평가체계에 0 행이 필요합니다</translation>
    </message>
    <message>
        <source>no grade{scope} has min_ratio 0, so a low total would get no grade; add a last grade with min_ratio 0</source>
        <translation>min_ratio가 0인 등급이 없어{scope} 낮은 총점은 등급을 받지 못합니다. min_ratio가 0인 마지막 등급을 추가하십시오</translation>
    </message>
    <message>
        <source>no indicator {code} in the framework</source>
        <translation>평가체계에 지표 {code}이(가) 없습니다</translation>
    </message>
    <message>
        <source>no passphrase was entered</source>
        <translation>암호 문구를 입력하지 않았습니다</translation>
    </message>
    <message>
        <source>no passphrase: set {name} or run in a terminal</source>
        <translation>암호 문구가 없습니다. {name}을(를) 설정하거나 터미널에서 실행하십시오</translation>
    </message>
    <message>
        <source>no program {program} in this workspace</source>
        <translation>이 작업 공간에 인증 프로그램 {program}이(가) 없습니다</translation>
    </message>
    <message>
        <source>no readable manifest ({reason})</source>
        <translation>읽을 수 있는 목록 파일이 없습니다({reason})</translation>
    </message>
    <message>
        <source>no reported value</source>
        <translation>신청 값이 없습니다</translation>
    </message>
    <message>
        <source>no smartcert database here</source>
        <translation>이곳에 smartcert 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>no smartcert programs in {database}</source>
        <translation>{database}에 smartcert 인증 프로그램이 없습니다</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not a PDF file (evidence documents must be PDF)</source>
        <translation>PDF 파일이 아닙니다 (증빙 문서는 PDF여야 합니다)</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL with a database name</source>
        <translation>데이터베이스 이름이 있는 PostgreSQL URL이 아닙니다</translation>
    </message>
    <message>
        <source>not a container kind: {kind!r}</source>
        <translation>컨테이너 종류가 아닙니다: {kind!r}</translation>
    </message>
    <message>
        <source>not a database URL</source>
        <translation>데이터베이스 URL이 아닙니다</translation>
    </message>
    <message>
        <source>not a readable database: {reason}</source>
        <translation>읽을 수 있는 데이터베이스가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>not a smartcert connection file (format {format} expected)</source>
        <translation>smartcert 연결 파일이 아닙니다({format} 형식이어야 합니다)</translation>
    </message>
    <message>
        <source>not a smartcert connection file (not JSON)</source>
        <translation>smartcert 연결 파일이 아닙니다(JSON이 아닙니다)</translation>
    </message>
    <message>
        <source>not a smartcert database (not an SQLite file)</source>
        <translation>smartcert 데이터베이스가 아닙니다(SQLite 파일이 아닙니다)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s 인자와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (save it as an Excel workbook, .xlsx)</source>
        <translation>.xlsx 통합 문서가 아닙니다(Excel 통합 문서, .xlsx로 저장하십시오)</translation>
    </message>
    <message>
        <source>not an .xlsx workbook: this is {kind}</source>
        <translation>.xlsx 통합 문서가 아닙니다: {kind}</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>미인증</translation>
    </message>
    <message>
        <source>not enough evaluators without a conflict for: {applicants}; {needed} needed</source>
        <translation>회피 관계가 없는 평가위원이 부족합니다: {applicants}. {needed}명이 필요합니다</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>인자 %s 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>operating agency: program workspace</source>
        <translation>운영 기관: 인증 프로그램 작업 공간</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>package</source>
        <translation>평가 패키지</translation>
    </message>
    <message>
        <source>parameter &apos;{key}&apos; is given twice</source>
        <translation>매개변수 &apos;{key}&apos;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
        <translation>내용이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>points are never binary floats</source>
        <translation>점수는 이진 부동소수점이 될 수 없습니다</translation>
    </message>
    <message>
        <source>points:</source>
        <translation>배점:</translation>
    </message>
    <message>
        <source>polarity must be &apos;higher&apos; or &apos;lower&apos;, not &apos;{polarity}&apos;</source>
        <translation>polarity는 &apos;{polarity}&apos;이(가) 아니라 &apos;higher&apos; 또는 &apos;lower&apos;여야 합니다</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인자</translation>
    </message>
    <message>
        <source>program id {program_id!r} cannot name a PostgreSQL schema</source>
        <translation>인증 프로그램 ID {program_id!r}은(는) PostgreSQL 스키마 이름이 될 수 없습니다</translation>
    </message>
    <message>
        <source>program key</source>
        <translation>프로그램 키</translation>
    </message>
    <message>
        <source>program key fingerprint: {fingerprint}</source>
        <translation>인증 프로그램 키 지문: {fingerprint}</translation>
    </message>
    <message>
        <source>program {name} ({id})</source>
        <translation>인증 프로그램 {name} ({id})</translation>
    </message>
    <message>
        <source>program {program}: its framework snapshot is missing</source>
        <translation>인증 프로그램 {program}: 평가체계 사본이 없습니다</translation>
    </message>
    <message>
        <source>public keys are 32 bytes each</source>
        <translation>공개 키는 각각 32바이트입니다</translation>
    </message>
    <message>
        <source>qualitative total {total} is {percent}% from the panel mean {mean}</source>
        <translation>정성 합계 {total}은(는) 위원 평균 {mean} 대비 {percent}%입니다</translation>
    </message>
    <message>
        <source>rating of unit {unit!r} by {rater!r} is not a whole number: {value!r}</source>
        <translation>{rater!r}의 단위 {unit!r} 평가가 정수가 아닙니다: {value!r}</translation>
    </message>
    <message>
        <source>rating {value} of unit {unit!r} by {rater!r} is not in the value domain {domain}</source>
        <translation>{rater!r}의 단위 {unit!r} 평가 {value}은(는) 값의 범위 {domain}에 없습니다</translation>
    </message>
    <message>
        <source>read_signed cannot read kind {kind!r}; use open_package or open_bundle</source>
        <translation>read_signed는 종류 {kind!r}을(를) 읽을 수 없습니다. open_package나 open_bundle을 쓰십시오</translation>
    </message>
    <message>
        <source>recusal needs (recused, reason)</source>
        <translation>회피에는 (회피 여부, 사유)가 필요합니다</translation>
    </message>
    <message>
        <source>required column &apos;{name}&apos; is missing from the header ({where})</source>
        <translation>머리글에 필수 열 &apos;{name}&apos;이(가) 없습니다({where})</translation>
    </message>
    <message>
        <source>restore one with: smartcert {role} restore {folder} BACKUP</source>
        <translation>복원하려면: smartcert {role} restore {folder} BACKUP</translation>
    </message>
    <message>
        <source>restored {folder} from backup {backup}</source>
        <translation>백업 {backup}에서 {folder}을(를) 복원했습니다</translation>
    </message>
    <message>
        <source>results (detached signature)</source>
        <translation>최종 결과 (분리 서명)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>rule {rule} is for qualitative indicators; a quantitative indicator uses one of {rules}</source>
        <translation>규칙 {rule}은(는) 정성 지표용입니다. 정량 지표는 {rules} 중 하나를 씁니다</translation>
    </message>
    <message>
        <source>rule {rule} is for quantitative indicators; a qualitative indicator uses SCALE</source>
        <translation>규칙 {rule}은(는) 정량 지표용입니다. 정성 지표는 SCALE을 씁니다</translation>
    </message>
    <message>
        <source>say what a file is, who signed it and whether it is intact</source>
        <translation>파일의 종류, 서명한 사람, 손상 여부를 알려 줍니다</translation>
    </message>
    <message>
        <source>say what to write: --json FILE, --xlsx FILE and/or --pdf-dir DIR</source>
        <translation>쓸 것을 지정하십시오: --json FILE, --xlsx FILE, --pdf-dir DIR</translation>
    </message>
    <message>
        <source>scale: {scale}</source>
        <translation>척도: {scale}</translation>
    </message>
    <message>
        <source>scored against another framework ({bundle_framework}), not this program&apos;s ({framework})</source>
        <translation>이 프로그램의 평가체계({framework})가 아닌 다른 평가체계({bundle_framework})로 평가했습니다</translation>
    </message>
    <message>
        <source>scores applicant {applicant}, which is not assigned to {evaluator}</source>
        <translation>{evaluator}에게 배정되지 않은 신청 도시 {applicant}을(를) 평가했습니다</translation>
    </message>
    <message>
        <source>scores applicant {applicant}, with which {evaluator} has a declared conflict</source>
        <translation>{evaluator}이(가) 이해충돌을 신고한 신청 도시 {applicant}을(를) 평가했습니다</translation>
    </message>
    <message>
        <source>scoring {merged}/{assigned}</source>
        <translation>평가 중 {merged}/{assigned}</translation>
    </message>
    <message>
        <source>scrypt N must be a power of two from 2^10 to 2^20</source>
        <translation>scrypt N은 2^10에서 2^20 사이의 2의 거듭제곱이어야 합니다</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>자체 서명</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>sequence {sequence} of {evaluator} was already merged from a different bundle</source>
        <translation>{evaluator}의 순번 {sequence}은(는) 이미 다른 평가 결과 파일로 병합되었습니다</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>sha256: {sha256}</source>
        <translation>SHA-256 해시: {sha256}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>{sheet} 시트</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>프로그램 버전을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>show tracebacks</source>
        <translation>트레이스백을 보여 줍니다</translation>
    </message>
    <message>
        <source>sign and write a score bundle</source>
        <translation>평가 결과 파일에 서명하고 씁니다</translation>
    </message>
    <message>
        <source>signed by key {fingerprint}, which is not the enrolled key of {evaluator} ({enrolled})</source>
        <translation>{evaluator}의 등록된 키({enrolled})가 아닌 키 {fingerprint}로 서명되었습니다</translation>
    </message>
    <message>
        <source>signed by {fingerprint}; sha256 {sha256}</source>
        <translation>서명한 키 {fingerprint}, sha256 {sha256}</translation>
    </message>
    <message>
        <source>signed by: {fingerprint}</source>
        <translation>서명한 키: {fingerprint}</translation>
    </message>
    <message>
        <source>signer is its own key, enrolled for evaluator {evaluator} ({name}) in {program}</source>
        <translation>서명한 키는 파일 자신의 키이며 {program}에 평가위원 {evaluator} ({name})의 키로 등록되어 있습니다</translation>
    </message>
    <message>
        <source>signer is the key enrolled for evaluator {evaluator} ({name}) in {program}</source>
        <translation>서명한 키는 {program}에 평가위원 {evaluator} ({name})의 키로 등록된 키입니다</translation>
    </message>
    <message>
        <source>signer is the program&apos;s key of {program}</source>
        <translation>서명한 키는 {program}의 인증 프로그램 키입니다</translation>
    </message>
    <message>
        <source>signer not checked against any program: anyone can make a key and sign a file; to check that the right key signed it: smartcert verify FILE --program PROGRAM_DIR</source>
        <translation>서명한 키를 어느 인증 프로그램과도 대조하지 않았습니다. 누구나 키를 만들어 파일에 서명할 수 있습니다. 올바른 키로 서명했는지 확인하려면: smartcert verify FILE --program PROGRAM_DIR</translation>
    </message>
    <message>
        <source>smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not in your files</source>
        <translation>예상하지 못한 문제로 smartcert가 멈추었습니다({what}). 사용자의 파일이 아니라 smartcert의 결함입니다</translation>
    </message>
    <message>
        <source>smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not in your files; the details are in {log}</source>
        <translation>예상하지 못한 문제로 smartcert가 멈추었습니다({what}). 사용자의 파일이 아니라 smartcert의 결함입니다. 자세한 내용은 {log}에 있습니다</translation>
    </message>
    <message>
        <source>spread {spread} of {max_points} points (max {max}, min {min})</source>
        <translation>배점 {max_points}점 중 점수 차 {spread}점(최고 {max}, 최저 {min})</translation>
    </message>
    <message>
        <source>start over even if a demo is already there</source>
        <translation>데모가 이미 있어도 새로 시작합니다</translation>
    </message>
    <message>
        <source>state</source>
        <translation>진행 상태</translation>
    </message>
    <message>
        <source>store: PostgreSQL database {database}, schema {schema}</source>
        <translation>저장소: PostgreSQL 데이터베이스 {database}, 스키마 {schema}</translation>
    </message>
    <message>
        <source>superseded: sequence {sequence} is older than the merged sequence {merged} of {evaluator}</source>
        <translation>대체됨(superseded): 순번 {sequence}은(는) 이미 병합된 {evaluator}의 순번 {merged}보다 이전 것입니다</translation>
    </message>
    <message>
        <source>target for large cities must be greater than 0</source>
        <translation>대도시 목표값은 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>target for small cities must be greater than 0</source>
        <translation>중소도시 목표값은 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>text with a NUL character cannot be stored. Nothing was changed.</source>
        <translation>NUL 문자가 든 텍스트는 저장할 수 없습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the Grades sheet has no grades</source>
        <translation>Grades 시트에 등급이 없습니다</translation>
    </message>
    <message>
        <source>the Indicators sheet has no indicators</source>
        <translation>Indicators 시트에 지표가 없습니다</translation>
    </message>
    <message>
        <source>the Scale sheet has no levels</source>
        <translation>Scale 시트에 등급이 없습니다</translation>
    </message>
    <message>
        <source>the audit log was altered ({problem})</source>
        <translation>감사 기록이 변경되었습니다 ({problem})</translation>
    </message>
    <message>
        <source>the backup&apos;s database is damaged ({reason}); choose another backup</source>
        <translation>백업의 데이터베이스가 손상되었습니다({reason}). 다른 백업을 고르십시오</translation>
    </message>
    <message>
        <source>the backup&apos;s name, as listed</source>
        <translation>목록에 나온 백업 이름</translation>
    </message>
    <message>
        <source>the bundle is for program {bundle_program}, not this program ({program})</source>
        <translation>이 평가 결과 파일은 이 인증 프로그램({program})이 아니라 {bundle_program}의 것입니다</translation>
    </message>
    <message>
        <source>the bundle&apos;s content disagrees with its envelope (evaluator or sequence)</source>
        <translation>평가 결과 파일의 내용이 봉투와 맞지 않습니다(평가위원 또는 순번)</translation>
    </message>
    <message>
        <source>the cell holds a date or time ({value}), probably because the spreadsheet turned what was typed into a date; format the column as text and type the value again</source>
        <translation>셀에 날짜나 시간({value})이 들어 있습니다. 스프레드시트가 입력한 값을 날짜로 바꾼 것으로 보입니다. 열 서식을 텍스트로 바꾸고 값을 다시 입력하십시오</translation>
    </message>
    <message>
        <source>the cell holds {count:,} characters; a cell holds at most {limit:,}</source>
        <translation>셀에 {count:,}자가 들어 있습니다. 한 셀에는 {limit:,}자까지 들어갑니다</translation>
    </message>
    <message>
        <source>the cell shows the spreadsheet error {error}</source>
        <translation>셀에 스프레드시트 오류 {error}이(가) 표시됩니다</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>the connection to the database server was lost before the change was confirmed; check the network and the server, then look whether it was made before trying again.</source>
        <translation>변경이 확인되기 전에 데이터베이스 서버와의 연결이 끊겼습니다. 네트워크와 서버를 확인한 뒤, 다시 시도하기 전에 변경이 이루어졌는지 살펴보십시오</translation>
    </message>
    <message>
        <source>the control character {char}</source>
        <translation>제어 문자 {char}</translation>
    </message>
    <message>
        <source>the control character {char} at position {position}</source>
        <translation>{position}번째 자리의 제어 문자 {char}</translation>
    </message>
    <message>
        <source>the database cannot be read: {problem}</source>
        <translation>데이터베이스를 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>the database fails SQLite&apos;s check: {problem}</source>
        <translation>데이터베이스가 SQLite 검사를 통과하지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>the database refused the change ({reason}); ask its administrator for the rights on the program&apos;s schema. Nothing was changed.</source>
        <translation>데이터베이스가 변경을 거부했습니다({reason}). 관리자에게 인증 프로그램 스키마의 권한을 요청하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; ask its administrator. Nothing was changed.</source>
        <translation>데이터베이스 서버의 디스크가 가득 찼습니다. 관리자에게 문의하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the disk failed (I/O error): it may be full, or a file may have reached this system&apos;s file size limit; free some space or check the disk, then try again. Nothing was changed.</source>
        <translation>디스크 오류(I/O 오류)입니다: 디스크가 가득 찼거나 파일이 이 시스템의 파일 크기 제한에 이르렀을 수 있습니다. 공간을 확보하거나 디스크를 확인한 뒤 다시 시도하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again. Nothing was changed.</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보하고 다시 시도하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the environment variable {name} is set but empty</source>
        <translation>환경 변수 {name}이(가) 설정되어 있지만 비어 있습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not an .xlsx workbook; choose the workbook itself, saved from Excel as .xlsx</source>
        <translation>파일이 비어 있으며(0바이트) .xlsx 통합 문서가 아닙니다. Excel에서 .xlsx로 저장한 통합 문서 자체를 선택하십시오</translation>
    </message>
    <message>
        <source>the file is empty; expected {wanted}</source>
        <translation>파일이 비어 있습니다. {wanted}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>the fingerprint does not match the public keys</source>
        <translation>지문이 공개 키와 맞지 않습니다</translation>
    </message>
    <message>
        <source>the fingerprint does not match the signer&apos;s keys</source>
        <translation>지문이 서명자의 키와 맞지 않습니다</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인자가 필요합니다: %s</translation>
    </message>
    <message>
        <source>the invisible character {char}</source>
        <translation>보이지 않는 문자 {char}</translation>
    </message>
    <message>
        <source>the invisible character {char} at position {position}</source>
        <translation>{position}번째 자리의 보이지 않는 문자 {char}</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; is missing (it identifies the framework)</source>
        <translation>키 &apos;{key}&apos;이(가) 없습니다(평가체계를 식별하는 키입니다)</translation>
    </message>
    <message>
        <source>the key file is damaged or not from smartcert: {problem}</source>
        <translation>키 파일이 손상되었거나 smartcert에서 만든 것이 아닙니다: {problem}</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>the onsite note</source>
        <translation>현장실사 메모</translation>
    </message>
    <message>
        <source>the passphrase must not be empty</source>
        <translation>암호 문구를 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>the program has no applicants yet; import applicants first</source>
        <translation>인증 프로그램에 아직 신청 도시가 없습니다. 먼저 신청 도시를 가져오십시오</translation>
    </message>
    <message>
        <source>the program is open for reading only. Nothing was changed.</source>
        <translation>인증 프로그램이 읽기 전용으로 열려 있습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the program {program} is damaged: {what}. Nothing was written to it. Restore the database from its last dump (pg_restore) and ask its administrator.</source>
        <translation>인증 프로그램 {program}이(가) 손상되었습니다: {what}. 아무것도 쓰지 않았습니다. 마지막 덤프에서 데이터베이스를 복원하고(pg_restore) 관리자에게 문의하십시오</translation>
    </message>
    <message>
        <source>the program&apos;s id (see: smartcert program list)</source>
        <translation>인증 프로그램의 ID (smartcert program list 참고)</translation>
    </message>
    <message>
        <source>the program&apos;s name, e.g. 2021 스마트도시 인증</source>
        <translation>인증 프로그램의 이름, 예: 2021 스마트도시 인증</translation>
    </message>
    <message>
        <source>the program&apos;s passphrase must not be empty</source>
        <translation>인증 프로그램의 암호 문구를 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>the recipient&apos;s encryption key is invalid; cannot seal {kind}</source>
        <translation>받는 쪽의 암호화 키가 올바르지 않아 {kind}을(를) 암호화할 수 없습니다</translation>
    </message>
    <message>
        <source>the recusal from applicant {code} needs a reason</source>
        <translation>신청 도시 {code}에 대한 회피에는 사유가 필요합니다</translation>
    </message>
    <message>
        <source>the row for applicant {applicant}, indicator {indicator} is missing; do not delete rows</source>
        <translation>신청 도시 {applicant}, 지표 {indicator}의 행이 없습니다. 행을 지우지 마십시오</translation>
    </message>
    <message>
        <source>the sealed content is signed by another key than the {container}</source>
        <translation>암호화된 내용의 서명 키가 {container}의 서명 키와 다릅니다</translation>
    </message>
    <message>
        <source>the sealed content names another evaluator, program or {counter} than the {container}</source>
        <translation>암호화된 내용에 적힌 평가위원, 인증 프로그램 또는 {counter}이(가) {container}와(과) 다릅니다</translation>
    </message>
    <message>
        <source>the self-signature does not match: the file was changed after it was written</source>
        <translation>자체 서명이 맞지 않습니다. 파일을 만든 뒤에 바뀌었습니다</translation>
    </message>
    <message>
        <source>the sheet has more than {limit:,} rows below its header</source>
        <translation>시트의 머리글 아래 행이 {limit:,}개를 넘습니다</translation>
    </message>
    <message>
        <source>the sheet has more than {limit:,} rows below its header (the limit)</source>
        <translation>시트의 머리글 아래 행이 한도인 {limit:,}개를 넘습니다</translation>
    </message>
    <message>
        <source>the sheet is damaged ({error}: {detail})</source>
        <translation>시트가 손상되었습니다({error}: {detail})</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>시트가 비어 있습니다</translation>
    </message>
    <message>
        <source>the sheet of {applicant} belongs to evaluator {evaluator}, not to {owner}; nothing was changed</source>
        <translation>{applicant}의 평가표는 {owner}이(가) 아니라 평가위원 {evaluator}의 것입니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the signature does not match: the file was changed after it was signed (it claims to be signed by {fingerprint})</source>
        <translation>서명이 맞지 않습니다. 서명한 뒤에 파일이 바뀌었습니다({fingerprint}이(가) 서명했다고 되어 있습니다)</translation>
    </message>
    <message>
        <source>the signature does not match: the signature file was changed</source>
        <translation>서명이 맞지 않습니다. 서명 파일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>the signed content of a score bundle</source>
        <translation>평가 결과 파일의 서명된 내용</translation>
    </message>
    <message>
        <source>the signed content of an assignment package</source>
        <translation>평가 패키지의 서명된 내용</translation>
    </message>
    <message>
        <source>the state before the restore was kept as backup {name}</source>
        <translation>복원 전 상태는 백업 {name}(으)로 남겼습니다</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>두 암호 문구가 다릅니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the workbook changed while it was read; close it in the spreadsheet program and try again</source>
        <translation>읽는 동안 통합 문서가 바뀌었습니다. 스프레드시트 프로그램에서 닫고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the workbook has more than {limit:,} cells (the limit)</source>
        <translation>통합 문서의 셀이 한도인 {limit:,}개를 넘습니다</translation>
    </message>
    <message>
        <source>the workbook has no sheet &apos;{sheet}&apos;</source>
        <translation>통합 문서에 &apos;{sheet}&apos; 시트가 없습니다</translation>
    </message>
    <message>
        <source>the workbook is damaged ({error}: {detail})</source>
        <translation>통합 문서가 손상되었습니다({error}: {detail})</translation>
    </message>
    <message>
        <source>the workbook is damaged or not an .xlsx workbook ({detail})</source>
        <translation>통합 문서가 손상되었거나 .xlsx 통합 문서가 아닙니다({detail})</translation>
    </message>
    <message>
        <source>the workbook is damaged or not an .xlsx workbook ({error}: {detail})</source>
        <translation>통합 문서가 손상되었거나 .xlsx 통합 문서가 아닙니다({error}: {detail})</translation>
    </message>
    <message>
        <source>the workbook is damaged: an XML part is not well-formed ({detail})</source>
        <translation>통합 문서가 손상되었습니다: XML 부분의 형식이 올바르지 않습니다({detail})</translation>
    </message>
    <message>
        <source>the workbook is refused: it has {size:,} bytes, more than the limit of {limit} MB</source>
        <translation>통합 문서를 받을 수 없습니다: {size:,}바이트로 한도 {limit} MB를 넘습니다</translation>
    </message>
    <message>
        <source>the workbook is refused: it holds a text of {count:,} characters; a cell holds at most {limit:,}</source>
        <translation>통합 문서를 받을 수 없습니다: {count:,}자짜리 텍스트가 있습니다. 한 셀에는 {limit:,}자까지 들어갑니다</translation>
    </message>
    <message>
        <source>the workbook is refused: {problem}</source>
        <translation>통합 문서를 받을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>the workspace cannot be written (read-only disk or folder); copy it to a writable folder. Nothing was changed.</source>
        <translation>작업 공간에 쓸 수 없습니다(읽기 전용 디스크나 폴더). 쓸 수 있는 폴더로 복사하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace database cannot be opened (missing, or no permission).</source>
        <translation>작업 공간의 데이터베이스를 열 수 없습니다(없거나 권한이 없습니다)</translation>
    </message>
    <message>
        <source>the workspace database is damaged; restore a backup (smartcert program restore / smartcert evaluator restore). Nothing was changed.</source>
        <translation>작업 공간의 데이터베이스가 손상되었습니다. 백업을 복원하십시오(smartcert program restore / smartcert evaluator restore). 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace is busy with another change; try again in a moment. Nothing was changed.</source>
        <translation>작업 공간이 다른 변경을 처리하는 중입니다. 잠시 후 다시 시도하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {folder} cannot be opened for writing ({reason}). Nothing was changed.</source>
        <translation>작업 공간 {folder}을(를) 쓰기용으로 열 수 없습니다({reason}). 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid} on {host}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>작업 공간 {folder}을(를) 다른 smartcert가 사용 중입니다({host}의 pid {pid}). 그쪽에서 먼저 닫거나 끝날 때까지 기다리십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>작업 공간 {folder}을(를) 다른 smartcert가 사용 중입니다(pid {pid}). 그쪽에서 먼저 닫거나 끝날 때까지 기다리십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid}, since {since} on {host}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>작업 공간 {folder}을(를) 다른 smartcert가 사용 중입니다({host}의 pid {pid}, {since}부터). 그쪽에서 먼저 닫거나 끝날 때까지 기다리십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid}, since {since}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>작업 공간 {folder}을(를) 다른 smartcert가 사용 중입니다(pid {pid}, {since}부터). 그쪽에서 먼저 닫거나 끝날 때까지 기다리십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert; close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>작업 공간 {folder}을(를) 다른 smartcert가 사용 중입니다. 그쪽에서 먼저 닫거나 끝날 때까지 기다리십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {folder} is on a read-only disk; smartcert cannot work in it there. Copy the folder to a writable disk. Nothing was changed.</source>
        <translation>작업 공간 {folder}이(가) 읽기 전용 디스크에 있어 smartcert가 그곳에서 작업할 수 없습니다. 폴더를 쓸 수 있는 디스크로 복사하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {path} is damaged: {what}. Nothing was written to it. {advice}</source>
        <translation>작업 공간 {path}이(가) 손상되었습니다: {what}. 아무것도 쓰지 않았습니다. {advice}</translation>
    </message>
    <message>
        <source>the workspace {path} is on a read-only disk; smartcert cannot open it there. Copy the folder to a writable disk. Nothing was changed.</source>
        <translation>작업 공간 {path}이(가) 읽기 전용 디스크에 있어 smartcert가 열 수 없습니다. 쓸 수 있는 디스크로 폴더를 복사하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {path} is open for reading only; nothing was changed</source>
        <translation>작업 공간 {path}은(는) 읽기 전용으로 열려 있습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the workspace {path} was made by an older smartcert and must be updated before it can be viewed; open it when no other smartcert has it. Nothing was changed.</source>
        <translation>작업 공간 {path}은(는) 이전 버전의 smartcert로 만들어져 보기 전에 갱신해야 합니다. 다른 smartcert가 열고 있지 않을 때 여십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>these keys are not this program&apos;s keys</source>
        <translation>이 키는 이 인증 프로그램의 키가 아닙니다</translation>
    </message>
    <message>
        <source>this information cell was changed: it must be blank or {given!r} (what level {level} gives), not {found}</source>
        <translation>이 정보 칸이 바뀌었습니다: 빈칸 또는 {given!r}(등급 {level}의 점수)만 올 수 있는데 {found}이(가) 있습니다</translation>
    </message>
    <message>
        <source>this information cell was changed: it must be {expected}, not {found} (only level, verified_value, comment and onsite_note may be edited)</source>
        <translation>이 정보 칸이 바뀌었습니다: {expected}인 칸이 {found}(으)로 되어 있습니다(level, verified_value, comment, onsite_note만 고칠 수 있습니다)</translation>
    </message>
    <message>
        <source>this information cell was changed: with no level it must be blank, not {found}</source>
        <translation>이 정보 칸이 바뀌었습니다: 등급이 없으면 빈칸이어야 하는데 {found}이(가) 있습니다</translation>
    </message>
    <message>
        <source>this program&apos;s key</source>
        <translation>이 인증 프로그램의 키</translation>
    </message>
    <message>
        <source>this workspace has no program</source>
        <translation>이 작업 공간에는 인증 프로그램이 없습니다</translation>
    </message>
    <message>
        <source>this workspace was written by a newer version of smartcert (schema {revision}); update smartcert to open it. Nothing was changed.</source>
        <translation>이 작업 공간은 더 새로운 버전의 smartcert로 만들어졌습니다(스키마 {revision}). smartcert를 업데이트한 뒤 여십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>trimming needs at least two evaluators</source>
        <translation>최고·최저 점수를 빼려면 평가위원이 두 명 이상이어야 합니다</translation>
    </message>
    <message>
        <source>try: smartcert results {program} --json {results}</source>
        <translation>해 보기: smartcert results {program} --json {results}</translation>
    </message>
    <message>
        <source>unknown aggregation policy {policy!r}</source>
        <translation>알 수 없는 집계 방식 {policy!r}입니다</translation>
    </message>
    <message>
        <source>unknown applicant {code}: it is neither in the sheet {sheet} nor already in the program</source>
        <translation>알 수 없는 신청 도시 {code}: {sheet} 시트에도 없고 인증 프로그램에도 없습니다</translation>
    </message>
    <message>
        <source>unknown applicant {code}: it is not assigned in this score sheet ({applicants})</source>
        <translation>알 수 없는 신청 도시 {code}: 이 평가표에 배정된 신청 도시({applicants})가 아닙니다</translation>
    </message>
    <message>
        <source>unknown applicant {code}: it is not one of the applicants of this score sheet ({applicants})</source>
        <translation>알 수 없는 신청 도시 {code}: 이 평가표의 신청 도시({applicants})가 아닙니다</translation>
    </message>
    <message>
        <source>unknown bundle payload version {schema!r} (this smartcert reads {known}); update smartcert</source>
        <translation>알 수 없는 평가 결과 내용 버전 {schema!r}입니다(이 smartcert는 {known}을(를) 읽습니다). smartcert를 업데이트하십시오</translation>
    </message>
    <message>
        <source>unknown framework format {format!r} (expected {expected})</source>
        <translation>알 수 없는 평가체계 형식 {format!r}입니다({expected}이어야 합니다)</translation>
    </message>
    <message>
        <source>unknown indicator field {field}</source>
        <translation>알 수 없는 지표 항목 {field}</translation>
    </message>
    <message>
        <source>unknown indicator {indicator}</source>
        <translation>알 수 없는 지표 {indicator}</translation>
    </message>
    <message>
        <source>unknown indicator {indicator} (not in framework {framework} version {version})</source>
        <translation>알 수 없는 지표 {indicator}(평가체계 {framework} 버전 {version}에 없습니다)</translation>
    </message>
    <message>
        <source>unknown indicator {indicator} for applicant {applicant}</source>
        <translation>신청 도시 {applicant}에 알 수 없는 지표 {indicator}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (known keys: {keys})</source>
        <translation>알 수 없는 키 &apos;{key}&apos;(알려진 키: {keys})</translation>
    </message>
    <message>
        <source>unknown level of measurement {level!r} (expected one of {levels})</source>
        <translation>알 수 없는 측정 수준 {level!r}입니다({levels} 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>unknown package payload version {schema!r} (this smartcert reads {known}); update smartcert</source>
        <translation>알 수 없는 평가 패키지 내용 버전 {schema!r}입니다(이 smartcert는 {known}을(를) 읽습니다). smartcert를 업데이트하십시오</translation>
    </message>
    <message>
        <source>unknown parameter &apos;{key}&apos; (expected {allowed})</source>
        <translation>알 수 없는 매개변수 &apos;{key}&apos;입니다({allowed} 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>알 수 없는 명령 %(parser_name)r (선택: %(choices)s)</translation>
    </message>
    <message>
        <source>unknown particle {pair!r} (expected one of {pairs})</source>
        <translation>알 수 없는 조사 {pair!r}입니다({pairs} 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>unknown rule &apos;{name}&apos; (expected one of {names})</source>
        <translation>알 수 없는 규칙 &apos;{name}&apos;입니다({names} 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>unknown rule &apos;{rule}&apos; (expected one of {rules})</source>
        <translation>알 수 없는 규칙 &apos;{rule}&apos;({rules} 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>unknown sheet field {field}</source>
        <translation>알 수 없는 평가표 항목 {field}</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인자: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>uses a reserved Windows device name</source>
        <translation>Windows 예약 장치 이름을 씁니다</translation>
    </message>
    <message>
        <source>validate a framework workbook and show what it holds</source>
        <translation>평가체계 통합문서를 검사하고 내용을 보여 줍니다</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos; does not fit rule {rule}</source>
        <translation>값 &apos;{value}&apos;이(가) 규칙 {rule}에 맞지 않습니다</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos; must not be negative</source>
        <translation>값 &apos;{value}&apos;은(는) 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos;: MET must not exceed TOTAL</source>
        <translation>값 &apos;{value}&apos;: MET는 TOTAL보다 클 수 없습니다</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos;: TOTAL must be greater than 0</source>
        <translation>값 &apos;{value}&apos;: TOTAL은 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>value {problem}</source>
        <translation>값 {problem}</translation>
    </message>
    <message>
        <source>value {value} is longer than {max} characters</source>
        <translation>값 {value}이(가) {max}자보다 깁니다</translation>
    </message>
    <message>
        <source>value {value} is not MET/TOTAL (for example 3/5)</source>
        <translation>값 {value}은(는) MET/TOTAL 형식(예: 3/5)이 아닙니다</translation>
    </message>
    <message>
        <source>value {value} is not a number</source>
        <translation>값 {value}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>value {value} is not one of the labels {allowed}</source>
        <translation>값 {value}은(는) 라벨 {allowed} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>value {value}: MET and TOTAL must be below 10^15</source>
        <translation>값 {value}: MET와 TOTAL은 10^15보다 작아야 합니다</translation>
    </message>
    <message>
        <source>verify and apply score bundles</source>
        <translation>평가 결과 파일을 검증하고 반영합니다</translation>
    </message>
    <message>
        <source>verify, decrypt and load an assignment package</source>
        <translation>평가 패키지를 검증하고 복호화해 불러옵니다</translation>
    </message>
    <message>
        <source>version: {version}</source>
        <translation>버전: {version}</translation>
    </message>
    <message>
        <source>was changed after it was written (it is not in its original canonical form)</source>
        <translation>만든 뒤에 바뀌었습니다(원래의 정규 형식이 아닙니다)</translation>
    </message>
    <message>
        <source>where (default: the demo folder in your user data folder)</source>
        <translation>만들 위치(기본값: 사용자 데이터 폴더의 데모 폴더)</translation>
    </message>
    <message>
        <source>write one signed assignment package per evaluator</source>
        <translation>평가위원마다 서명한 평가 패키지를 하나씩 씁니다</translation>
    </message>
    <message>
        <source>write the score sheet workbook</source>
        <translation>평가표 통합문서를 씁니다</translation>
    </message>
    <message>
        <source>write_signed cannot write kind {kind!r}</source>
        <translation>write_signed는 종류 {kind!r}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>wrong passphrase for the evaluator workspace {path}</source>
        <translation>평가위원 작업 공간 {path}의 암호 문구가 틀렸습니다</translation>
    </message>
    <message>
        <source>wrong passphrase for the program workspace {path}</source>
        <translation>인증 프로그램 작업 공간 {path}의 암호 문구가 틀렸습니다</translation>
    </message>
    <message>
        <source>wrong passphrase for the program {program}</source>
        <translation>인증 프로그램 {program}의 암호 문구가 틀렸습니다</translation>
    </message>
    <message>
        <source>wrong passphrase for {name}</source>
        <translation>{name}의 암호 문구가 틀렸습니다</translation>
    </message>
    <message>
        <source>wrote {count} PDF file(s) to {folder}</source>
        <translation>{folder}에 PDF 파일 {count}개를 썼습니다</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>썼습니다: {file}</translation>
    </message>
    <message>
        <source>wrote {file} and {signature} (signed by {fingerprint})</source>
        <translation>썼습니다: {file}, {signature} (서명한 키 {fingerprint})</translation>
    </message>
    <message>
        <source>wrote {path} ({rows} rows)</source>
        <translation>썼습니다: {path} ({rows}행)</translation>
    </message>
    <message>
        <source>wrote {path}: sequence {sequence}, {applicants} applicants, {state}</source>
        <translation>썼습니다: {path} (순번 {sequence}, 신청 도시 {applicants}곳, {state})</translation>
    </message>
    <message>
        <source>your key</source>
        <translation>내 키</translation>
    </message>
    <message>
        <source>{applicants} applicants, {documents} evidence documents</source>
        <translation>신청 도시 {applicants}곳, 증빙 문서 {documents}개</translation>
    </message>
    <message>
        <source>{applicants} applicants: {graded} graded, {certified} certified; results fingerprint {fingerprint}</source>
        <translation>신청 도시 {applicants}곳: {graded}곳 등급 판정, {certified}곳 인증, 평가 결과 지문 {fingerprint}</translation>
    </message>
    <message>
        <source>{applicant} ({count} without a conflict)</source>
        <translation>{applicant}(회피 관계 없는 평가위원 {count}명)</translation>
    </message>
    <message>
        <source>{applicant} is not assigned to {owner}; nothing was changed</source>
        <translation>{applicant}은(는) {owner}에게 배정되지 않았습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{applicant} {code}: a level on a quantitative indicator</source>
        <translation>{applicant} {code}: 정량 지표에 등급이 있습니다</translation>
    </message>
    <message>
        <source>{applicant} {code}: a verified value on a qualitative indicator</source>
        <translation>{applicant} {code}: 정성 지표에 확인한 값이 있습니다</translation>
    </message>
    <message>
        <source>{applicant} {code}: level {level!r} is not in the Scale</source>
        <translation>{applicant} {code}: 등급 {level!r}은(는) 척도에 없습니다</translation>
    </message>
    <message>
        <source>{applicant} {code}: {problem}</source>
        <translation>{applicant} {code}: {problem}</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: comment missing</source>
        <translation>{applicant} {indicator}: 의견 없음</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: level missing</source>
        <translation>{applicant} {indicator}: 등급 없음</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: no pending correction to dismiss; nothing was changed</source>
        <translation>{applicant} {indicator}: 기각할 대기 중인 보정이 없습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: {problem}</source>
        <translation>{applicant} {indicator}: {problem}</translation>
    </message>
    <message>
        <source>{applicant}: unknown indicator {code}</source>
        <translation>{applicant}: 알 수 없는 지표 {code}</translation>
    </message>
    <message>
        <source>{applicant}: you recused yourself from this applicant; it cannot be scored</source>
        <translation>{applicant}: 이 신청 도시는 회피했으므로 평가할 수 없습니다</translation>
    </message>
    <message>
        <source>{asked} evaluators per applicant were asked for, but only {enrolled} are enrolled</source>
        <translation>신청 도시마다 평가위원 {asked}명을 요청했지만 등록된 평가위원은 {enrolled}명뿐입니다</translation>
    </message>
    <message>
        <source>{assignments} assignments for {applicants} applicants</source>
        <translation>신청 도시 {applicants}곳에 배정 {assignments}건</translation>
    </message>
    <message>
        <source>{code} (control character)</source>
        <translation>{code} (제어 문자)</translation>
    </message>
    <message>
        <source>{code} (unnamed character, category {category})</source>
        <translation>{code} (이름 없는 문자, 범주 {category})</translation>
    </message>
    <message>
        <source>{code} ({rule}): {problem}</source>
        <translation>{code} ({rule}): {problem}</translation>
    </message>
    <message>
        <source>{code} is a qualitative indicator: evaluators score it, it takes no reported value</source>
        <translation>{code}은(는) 정성 지표입니다. 평가위원이 평가하며 신청 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>{code} is a quantitative indicator: it takes a reported value, not a self-assessed level</source>
        <translation>{code}은(는) 정량 지표입니다. 자체 평가 등급이 아니라 신청 값을 받습니다</translation>
    </message>
    <message>
        <source>{code} is not certified: no certificate</source>
        <translation>{code}은(는) 인증되지 않아 인증서가 없습니다</translation>
    </message>
    <message>
        <source>{code} is qualitative: it has no reported value to verify; leave verified_value blank and enter a level</source>
        <translation>{code}은(는) 정성 지표라 확인할 신청 값이 없습니다. verified_value는 비워 두고 등급(level)을 입력하십시오</translation>
    </message>
    <message>
        <source>{code} is quantitative: it takes no level; leave level blank (use verified_value for a value you found)</source>
        <translation>{code}은(는) 정량 지표라 등급을 받지 않습니다. level은 비워 두십시오(확인한 값은 verified_value에 적습니다)</translation>
    </message>
    <message>
        <source>{column} is required</source>
        <translation>{column}은(는) 필수입니다</translation>
    </message>
    <message>
        <source>{column} must be a whole number of at least {minimum:,}, not {value:,}</source>
        <translation>{column}: {minimum:,} 이상의 정수여야 합니다(지금 값 {value:,})</translation>
    </message>
    <message>
        <source>{column} must be a whole number of at most {maximum:,}, not {value:,}</source>
        <translation>{column}: {maximum:,} 이하의 정수여야 합니다(지금 값 {value:,})</translation>
    </message>
    <message>
        <source>{column} must be at least {minimum}, not {value}</source>
        <translation>{column}은(는) {value}이(가) 아니라 {minimum} 이상이어야 합니다</translation>
    </message>
    <message>
        <source>{column} must be at most {maximum}, not {value}</source>
        <translation>{column}은(는) {value}이(가) 아니라 {maximum} 이하여야 합니다</translation>
    </message>
    <message>
        <source>{column} must be greater than 0, not {value}</source>
        <translation>{column}은(는) {value}이(가) 아니라 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>{count} attachment(s), each hash checked</source>
        <translation>첨부 {count}개, 각각 해시 확인함</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{path}에 {count}건을 썼습니다</translation>
    </message>
    <message>
        <source>{count} item(s) missing; complete them or submit with --allow-incomplete. Nothing was written.</source>
        <translation>{count}개 항목이 빠졌습니다. 채우거나 --allow-incomplete로 제출하십시오. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>{database}: cannot open the workspace database: no permission to read it or to write in its folder; open it as the user it belongs to, or ask for access. Nothing was changed.</source>
        <translation>{database}: 작업 공간의 데이터베이스를 열 수 없습니다: 읽거나 그 폴더에 쓸 권한이 없습니다. 소유한 사용자로 열거나 권한을 요청하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{database}: no program {program} in this database; list them with: smartcert program list --database {database}</source>
        <translation>{database}: 이 데이터베이스에 인증 프로그램 {program}이(가) 없습니다. 목록 보기: smartcert program list --database {database}</translation>
    </message>
    <message>
        <source>{description} cannot be checked against a program</source>
        <translation>{description}은(는) 인증 프로그램과 대조할 수 없습니다</translation>
    </message>
    <message>
        <source>{file} (sealed content)</source>
        <translation>{file} (암호화된 내용)</translation>
    </message>
    <message>
        <source>{folder}: cannot prepare the restore: {problem}</source>
        <translation>{folder}: 복원을 준비할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{folder}: connected to program {id} in {database}</source>
        <translation>{folder}: {database}의 인증 프로그램 {id}에 연결했습니다</translation>
    </message>
    <message>
        <source>{folder}: no backups yet</source>
        <translation>{folder}: 아직 백업이 없습니다</translation>
    </message>
    <message>
        <source>{indicator} is qualitative; it has no reported value to verify</source>
        <translation>{indicator}은(는) 정성 지표여서 확인할 신청 값이 없습니다</translation>
    </message>
    <message>
        <source>{indicator} is qualitative; only quantitative values can be corrected</source>
        <translation>{indicator}은(는) 정성 지표입니다. 정량 지표의 값만 보정할 수 있습니다</translation>
    </message>
    <message>
        <source>{indicator} is quantitative; it takes no level</source>
        <translation>{indicator}은(는) 정량 지표여서 등급을 받지 않습니다</translation>
    </message>
    <message>
        <source>{indicator}: level {level!r} is not in the Scale ({scale})</source>
        <translation>{indicator}: 등급 {level!r}이(가) 등급표({scale})에 없습니다</translation>
    </message>
    <message>
        <source>{indicator}: {problem}</source>
        <translation>{indicator}: {problem}</translation>
    </message>
    <message>
        <source>{key}: missing</source>
        <translation>{key}: 없습니다</translation>
    </message>
    <message>
        <source>{name}  [{count} indicators]</source>
        <translation>{name}  [지표 {count}개]</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256</source>
        <translation>{name}이(가) SHA-256과 맞지 않습니다</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{name}: accepted ({evaluator}, sequence {sequence})</source>
        <translation>{name}: 반영(accepted) ({evaluator}, 순번 {sequence})</translation>
    </message>
    <message>
        <source>{name}: duplicate ({evaluator}, sequence {sequence})</source>
        <translation>{name}: 중복(duplicate) ({evaluator}, 순번 {sequence})</translation>
    </message>
    <message>
        <source>{name}: rejected: {reason}</source>
        <translation>{name}: 거부(rejected): {reason}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}: {verdict}</translation>
    </message>
    <message>
        <source>{number} has more than {digits} digits after the decimal point</source>
        <translation>{number}은(는) 소수점 아래 자릿수가 {digits}자리를 넘습니다</translation>
    </message>
    <message>
        <source>{number} has {significant} significant digits; at most {digits} are allowed</source>
        <translation>{number}은(는) 유효 숫자가 {significant}자리입니다. 최대 {digits}자리까지 허용됩니다</translation>
    </message>
    <message>
        <source>{number} is not a finite number</source>
        <translation>{number}은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{number} is not a number</source>
        <translation>{number}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{number} is too large: its absolute value must be below 10^15</source>
        <translation>{number}은(는) 너무 큽니다. 절댓값이 10^15보다 작아야 합니다</translation>
    </message>
    <message>
        <source>{number} is too long to be a number (at most {count} characters)</source>
        <translation>{number}은(는) 숫자로 보기에 너무 깁니다(최대 {count}자)</translation>
    </message>
    <message>
        <source>{package}: already imported; nothing changed</source>
        <translation>{package}: 이미 가져왔습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{part} does not match its SHA-256 in the header</source>
        <translation>{part}이(가) 머리글의 SHA-256과 맞지 않습니다</translation>
    </message>
    <message>
        <source>{path}  ({evaluator}, {applicants} applicants)</source>
        <translation>{path}  ({evaluator}, 신청 도시 {applicants}곳)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook</source>
        <translation>{path}은(는) 통합 문서가 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{path}: backup {name} cannot be restored: {problem}</source>
        <translation>{path}: 백업 {name}을(를) 복원할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{path}: backup {name} is of a program workspace, not an evaluator workspace</source>
        <translation>{path}: 백업 {name}은(는) 평가위원 작업 공간이 아니라 인증 프로그램 작업 공간의 백업입니다</translation>
    </message>
    <message>
        <source>{path}: backup {name} is of an evaluator workspace, not a program workspace</source>
        <translation>{path}: 백업 {name}은(는) 인증 프로그램 작업 공간이 아니라 평가위원 작업 공간의 백업입니다</translation>
    </message>
    <message>
        <source>{path}: cannot read the enrolment file: {problem}</source>
        <translation>{path}: 등록 파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read the key file ({problem})</source>
        <translation>{path}: 키 파일을 읽을 수 없습니다 ({problem})</translation>
    </message>
    <message>
        <source>{path}: evaluator {evaluator} is already enrolled with another key ({enrolled}); this file has {fingerprint}. Nothing was changed.</source>
        <translation>{path}: 평가위원 {evaluator}은(는) 이미 다른 키({enrolled})로 등록되어 있습니다. 이 파일의 키는 {fingerprint}입니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: evidence document {document} cannot be read: {problem}</source>
        <translation>{path}: 증빙 문서 {document}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{path}: exists and is not a folder</source>
        <translation>{path}: 이미 있으며 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: 폴더입니다. 파일 이름을 지정하십시오</translation>
    </message>
    <message>
        <source>{path}: is a folder; give the bundle a file name</source>
        <translation>{path}: 폴더입니다. 평가 결과 파일의 이름을 지정하십시오</translation>
    </message>
    <message>
        <source>{path}: no backup named {name}; list them with: smartcert {role} restore {path}</source>
        <translation>{path}: 이름이 {name}인 백업이 없습니다. 목록 보기: smartcert {role} restore {path}</translation>
    </message>
    <message>
        <source>{path}: no such workspace folder</source>
        <translation>{path}: 그런 작업 공간이 없습니다</translation>
    </message>
    <message>
        <source>{path}: not a smartcert evaluator workspace (no {database})</source>
        <translation>{path}: smartcert 평가위원 작업 공간이 아닙니다 ({database} 없음)</translation>
    </message>
    <message>
        <source>{path}: not a smartcert program workspace (no {database})</source>
        <translation>{path}: smartcert 인증 프로그램 작업 공간이 아닙니다 ({database} 없음)</translation>
    </message>
    <message>
        <source>{path}: the folder is not empty; choose a new or empty folder</source>
        <translation>{path}: 폴더가 비어 있지 않습니다. 새 폴더나 빈 폴더를 고르십시오</translation>
    </message>
    <message>
        <source>{path}: the program {program} is not in the database {database} (no schema {schema}); the connection file points to another database, or the program was removed there</source>
        <translation>{path}: 인증 프로그램 {program}이(가) 데이터베이스 {database}에 없습니다 (스키마 {schema} 없음). 연결 파일이 다른 데이터베이스를 가리키거나 그곳에서 인증 프로그램이 삭제되었습니다</translation>
    </message>
    <message>
        <source>{path}: the program&apos;s store is the PostgreSQL database {database}; smartcert keeps no backups of it: back it up with pg_dump (pg_dump --format=custom --schema={schema} ...) and restore that with pg_restore (README, &quot;The agency&apos;s store on PostgreSQL&quot;). Nothing was changed.</source>
        <translation>{path}: 인증 프로그램의 저장소는 PostgreSQL 데이터베이스 {database}입니다. smartcert는 그 백업을 만들지 않습니다. pg_dump로 백업하고(pg_dump --format=custom --schema={schema} ...) pg_restore로 복원하십시오(README, &quot;The agency&apos;s store on PostgreSQL&quot;). 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: this is a program workspace, not an evaluator workspace</source>
        <translation>{path}: 평가위원 작업 공간이 아니라 인증 프로그램 작업 공간입니다</translation>
    </message>
    <message>
        <source>{path}: this is an evaluator workspace, not a program workspace</source>
        <translation>{path}: 인증 프로그램 작업 공간이 아니라 평가위원 작업 공간입니다</translation>
    </message>
    <message>
        <source>{path}: this is not a program workspace</source>
        <translation>{path}: 인증 프로그램 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>{path}: this is not an evaluator workspace</source>
        <translation>{path}: 평가위원 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>{path}: this key is already enrolled as evaluator {evaluator}</source>
        <translation>{path}: 이 키는 이미 평가위원 {evaluator}(으)로 등록되어 있습니다</translation>
    </message>
    <message>
        <source>{path}: this would write into the workspace {workspace} ({what}); choose a place outside it. Nothing was written.</source>
        <translation>{path}: 작업 공간 {workspace}의 {what}에 쓰게 됩니다. 작업 공간 밖의 위치를 고르십시오. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>{problem} (evidence document {document} of {applicant})</source>
        <translation>{problem} ({applicant}의 증빙 문서 {document})</translation>
    </message>
    <message>
        <source>{problem}; rename the file</source>
        <translation>{problem}. 파일 이름을 바꾸십시오</translation>
    </message>
    <message>
        <source>{program}: this program was written by a newer version of smartcert (schema {schema}); update smartcert to open it. Nothing was changed.</source>
        <translation>{program}: 이 인증 프로그램은 더 새로운 버전의 smartcert로 기록되었습니다(스키마 {schema}). 열려면 smartcert를 업데이트하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{reasons} (and {count} more)</source>
        <translation>{reasons} (외 {count}건)</translation>
    </message>
    <message>
        <source>{root}: the folder is not empty and is not a smartcert demo; choose another</source>
        <translation>{root}: 폴더가 비어 있지 않고 smartcert 데모도 아닙니다. 다른 폴더를 고르십시오</translation>
    </message>
    <message>
        <source>{rule} parameters: {problem}</source>
        <translation>{rule} 매개변수: {problem}</translation>
    </message>
    <message>
        <source>{schema} is not the schema of program {program}</source>
        <translation>{schema}은(는) 인증 프로그램 {program}의 스키마가 아닙니다</translation>
    </message>
    <message>
        <source>{start}... ({count} characters)</source>
        <translation>{start}... ({count}자)</translation>
    </message>
    <message>
        <source>{store}: evidence document {document} is missing</source>
        <translation>{store}: 증빙 문서 {document}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{value} {problem}</source>
        <translation>{value} {problem}</translation>
    </message>
    <message>
        <source>{what} holds a number that is not finite</source>
        <translation>{what}에 유한하지 않은 수가 있습니다</translation>
    </message>
    <message>
        <source>{what} is nested too deeply</source>
        <translation>{what}이(가) 너무 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>{what} is not valid JSON</source>
        <translation>{what}이(가) 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>{what} is not valid UTF-8</source>
        <translation>{what}이(가) 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>{what} must be text</source>
        <translation>{what}은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>{what} repeats the key {key!r}</source>
        <translation>{what}에 키 {key!r}이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>{what} {code}</source>
        <translation>{what} {code}</translation>
    </message>
    <message>
        <source>{what} {code} is named &apos;{name}&apos; in row {row}, but &apos;{text}&apos; here; the names must agree on every row</source>
        <translation>{what} {code}의 이름이 {row}행에서는 &apos;{name}&apos;, 여기서는 &apos;{text}&apos;입니다. 모든 행에서 이름이 같아야 합니다</translation>
    </message>
    <message>
        <source>{what} {code} {problem}</source>
        <translation>{what} {code}: {problem}</translation>
    </message>
    <message>
        <source>{what} {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>{what}: ratio {ratio} is outside [0, 1]</source>
        <translation>{what}: 비율 {ratio}이(가) [0, 1] 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>{what}: {number} is not a number</source>
        <translation>{what}: {number}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
</context>
<context>
    <name>MissingTableModel</name>
    <message>
        <source>Applicant</source>
        <translation>신청 도시</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>빠진 항목</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Comment (required for this level)</source>
        <translation>의견 (이 등급에 필요)</translation>
    </message>
    <message>
        <source>Double-click to go to this indicator</source>
        <translation>두 번 눌러 이 지표로 이동</translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <source>New Evaluator Identity</source>
        <translation>새 평가위원 키</translation>
    </message>
    <message>
        <source>Your identity is a pair of keys kept in a workspace folder on this computer. The operating agency enrols its public half from the enrolment file you hand them; your scores are signed with it.</source>
        <translation>평가위원 키는 이 컴퓨터의 작업 공간 폴더에 보관되는 한 쌍의 키입니다. 운영기관은 전달받은 등록 파일로 공개 키를 등록하고, 평가 결과는 이 키로 서명됩니다.</translation>
    </message>
    <message>
        <source>Evaluator &amp;ID:</source>
        <translation>평가위원 ID(&amp;I):</translation>
    </message>
    <message>
        <source>as given by the operating agency, e.g. E01</source>
        <translation>운영기관이 정해 준 ID, 예: E01</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Folder for the New Workspace</source>
        <translation>새 작업 공간 폴더</translation>
    </message>
    <message>
        <source>The ID is 1–32 letters, digits, - or _.</source>
        <translation>ID는 영문자, 숫자, - 또는 _ 1–32자입니다.</translation>
    </message>
    <message>
        <source>Enter your name as the agency knows it.</source>
        <translation>운영기관에 알린 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>작업 공간 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>The folder is not empty; choose a new or empty folder.</source>
        <translation>폴더가 비어 있지 않습니다. 새 폴더나 빈 폴더를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>New Program</source>
        <translation>새 프로그램</translation>
    </message>
    <message>
        <source>A program workspace holds one certification round: its framework, applicants, evaluators, assignments, merged score bundles and the program&apos;s keys. Choose the framework workbook and a new or empty folder.</source>
        <translation>프로그램 작업 공간에는 한 차례 인증 평가의 평가체계, 신청 도시, 평가위원, 배정, 병합된 평가 결과와 프로그램 키가 담깁니다. 평가체계 통합문서와 새 폴더 또는 빈 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>&amp;Framework workbook:</source>
        <translation>평가체계 통합문서(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Use the &amp;Sample</source>
        <translation>예시 사용(&amp;S)</translation>
    </message>
    <message>
        <source>The sample framework included with this program (not official)</source>
        <translation>이 프로그램에 포함된 예시 평가체계(공식 아님)</translation>
    </message>
    <message>
        <source>Program fol&amp;der:</source>
        <translation>프로그램 폴더(&amp;D):</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>선택(&amp;O)…</translation>
    </message>
    <message>
        <source>Program &amp;name:</source>
        <translation>프로그램 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Framework Workbook</source>
        <translation>평가체계 통합문서</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>통합문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Program Folder</source>
        <translation>프로그램 폴더</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4 domains, %5 items, %6 indicators, %7 points</source>
        <translation>%1 (%2 %3): 분야 %4개, 평가항목 %5개, 세부지표 %6개, %7점</translation>
    </message>
    <message>
        <source>SAMPLE framework: not the official indicator set.</source>
        <translation>예시(SAMPLE) 평가체계: 공식 지표가 아닙니다.</translation>
    </message>
    <message>
        <source>The workbook cannot be used:</source>
        <translation>이 통합문서는 사용할 수 없습니다:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 외 문제 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid framework workbook.</source>
        <translation>올바른 평가체계 통합문서를 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the folder for the new program.</source>
        <translation>새 프로그램을 만들 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>The chosen path is a file, not a folder.</source>
        <translation>고른 경로는 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>The folder is not empty; choose a new or empty folder.</source>
        <translation>폴더가 비어 있지 않습니다. 새 폴더나 빈 폴더를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>PackageReviewDialog</name>
    <message>
        <source>Import Assignment Package</source>
        <translation>평가 패키지 가져오기</translation>
    </message>
    <message>
        <source>✓ %1 is intact and signed by the program key below. Nothing has been loaded yet.</source>
        <translation>✓ %1은(는) 손상되지 않았고 아래 프로그램 키로 서명되어 있습니다. 아직 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>프로그램:</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>평가체계:</translation>
    </message>
    <message>
        <source>For evaluator:</source>
        <translation>평가위원:</translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation>패키지 번호:</translation>
    </message>
    <message>
        <source>Applicants:</source>
        <translation>신청 도시:</translation>
    </message>
    <message>
        <source>Evidence documents:</source>
        <translation>증빙자료:</translation>
    </message>
    <message>
        <source>%1 files, %2 MB</source>
        <translation>파일 %1개, %2 MB</translation>
    </message>
    <message>
        <source>Program key fingerprint:</source>
        <translation>프로그램 키 지문:</translation>
    </message>
    <message>
        <source>This is the first package of this program in your workspace. Compare the fingerprint with the one the operating agency gave you (by phone or on paper) before you import it.</source>
        <translation>이 프로그램의 첫 평가 패키지입니다. 가져오기 전에 운영기관이 (전화나 서면으로) 알려 준 지문과 대조하십시오.</translation>
    </message>
    <message>
        <source>Signed by the same program key as the package you imported before. Every score you have entered is kept.</source>
        <translation>이전에 가져온 평가 패키지와 같은 프로그램 키로 서명되어 있습니다. 입력한 점수는 모두 유지됩니다.</translation>
    </message>
    <message>
        <source>This package has already been imported; importing it again changes nothing.</source>
        <translation>이미 가져온 평가 패키지입니다. 다시 가져와도 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase of at least %1 characters. It protects your private key; it cannot be recovered if it is lost.</source>
        <translation>%1자 이상의 암호 문구를 정하세요. 암호 문구는 개인 키를 보호하며, 잊어버리면 되찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key.</source>
        <translation>키의 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>다시 입력(&amp;R):</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>강도:</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>암호 문구 표시(&amp;S)</translation>
    </message>
    <message>
        <source>Weak: one of the passwords tried first</source>
        <translation>약함: 가장 먼저 시도되는 흔한 암호입니다</translation>
    </message>
    <message>
        <source>Weak: repeats the same characters</source>
        <translation>약함: 같은 문자를 반복합니다</translation>
    </message>
    <message>
        <source>Weak: too short; use at least 12 characters or several words</source>
        <translation>약함: 너무 짧습니다. 12자 이상이나 여러 단어를 쓰세요</translation>
    </message>
    <message>
        <source>Short: use at least 12 characters or several words</source>
        <translation>짧음: 12자 이상이나 여러 단어를 쓰세요</translation>
    </message>
    <message>
        <source>Weak: easy to guess; add more words</source>
        <translation>약함: 추측하기 쉽습니다. 단어를 더 넣으세요</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong</source>
        <translation>보통: 단어를 몇 개 더 넣으면 강해집니다</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>양호</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>암호 문구는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>PendingCorrectionsModel</name>
    <message>
        <source>The value the evaluator found when checking the evidence</source>
        <translation>평가위원이 증빙을 확인하며 찾은 값</translation>
    </message>
    <message>
        <source>The value the points are computed from now (reported or accepted)</source>
        <translation>지금 점수 산정에 쓰이는 값(신청 값 또는 승인된 값)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청 도시</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Indicator name</source>
        <translation>지표명</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Verified value</source>
        <translation>확인 값</translation>
    </message>
    <message>
        <source>Value in effect</source>
        <translation>적용 값</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 found %2 for %3 %4.</source>
        <translation>%1이(가) %3 %4에서 %2을(를) 확인했습니다.</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>평가체계</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Program ID:</source>
        <translation>프로그램 ID:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>키 지문:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성일:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>작업 공간:</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>평가체계:</translation>
    </message>
    <message>
        <source>Framework hash:</source>
        <translation>평가체계 해시:</translation>
    </message>
    <message>
        <source>Total points:</source>
        <translation>총점:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>집계 방식:</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>평가위원:</translation>
    </message>
    <message>
        <source>Large city from:</source>
        <translation>대도시 기준:</translation>
    </message>
    <message>
        <source>Qualitative scale:</source>
        <translation>정성 척도:</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>등급:</translation>
    </message>
    <message>
        <source>Domains, items and indicators</source>
        <translation>분야, 평가항목, 세부지표</translation>
    </message>
    <message>
        <source>SAMPLE framework: this program is scored with the sample indicator set included with the program, not the official one. Results made with it are examples only.</source>
        <translation>예시(SAMPLE) 평가체계: 이 프로그램은 공식 지표가 아니라 프로그램에 포함된 예시 지표로 평가합니다. 그 결과는 예시일 뿐입니다.</translation>
    </message>
    <message>
        <source>Evaluators check packages against this fingerprint; read it to them by phone if they ask.</source>
        <translation>평가위원은 이 지문으로 평가 패키지를 확인합니다. 요청하면 전화로 읽어 주십시오.</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, 버전 %3)</translation>
    </message>
    <message>
        <source>%1 in %2 domains, %3 items, %4 indicators (%5 quantitative, %6 qualitative)</source>
        <translation>%1점: 분야 %2개, 평가항목 %3개, 세부지표 %4개(정량 %5, 정성 %6)</translation>
    </message>
    <message>
        <source>at least %1 counted for a grade</source>
        <translation>등급 산정에 최소 %1명 반영</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>인구 %1명 이상</translation>
    </message>
    <message>
        <source>%1 %2: %3 of the points</source>
        <translation>%1 %2: 배점의 %3</translation>
    </message>
    <message>
        <source>Grade %1: from %2 of the total</source>
        <translation>%1등급: 총점의 %2 이상</translation>
    </message>
    <message>
        <source>(large cities)</source>
        <translation>(대도시)</translation>
    </message>
    <message>
        <source>(small cities)</source>
        <translation>(중소도시)</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>From %1 evaluators, the highest and the lowest qualitative total are left out; the rest are averaged per indicator.</source>
        <translation>평가위원이 %1명 이상이면 정성 합계 최고점과 최저점 평가위원을 제외하고, 나머지 평가위원 점수를 지표별로 평균합니다.</translation>
    </message>
    <message>
        <source>From %1 evaluators, the highest and the lowest value of each indicator are left out; the rest are averaged.</source>
        <translation>평가위원이 %1명 이상이면 지표마다 최고점과 최저점을 제외하고 나머지를 평균합니다.</translation>
    </message>
    <message>
        <source>The median of the evaluators&apos; points on each indicator.</source>
        <translation>지표별 평가위원 점수의 중앙값.</translation>
    </message>
    <message>
        <source>The mean of the evaluators&apos; points on each indicator.</source>
        <translation>지표별 평가위원 점수의 평균.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Evaluators counted (complete sheets in merged bundles)</source>
        <translation>반영된 평가위원 수(병합된 완료 평가표)</translation>
    </message>
    <message>
        <source>Total as a share of the framework&apos;s maximum, truncated to 0.1%</source>
        <translation>평가체계 만점 대비 득점률(0.1% 미만 버림)</translation>
    </message>
    <message>
        <source>Missing data and disagreement between evaluators</source>
        <translation>자료 누락과 평가위원 간 의견 불일치</translation>
    </message>
    <message>
        <source>Corrected values waiting for the chair&apos;s decision</source>
        <translation>위원장 결정을 기다리는 보정 값</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>도시 유형</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>득점률</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>보정 대기</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Fewer evaluators counted than the framework&apos;s minimum: no grade yet.</source>
        <translation>반영된 평가위원이 평가체계의 최소 인원보다 적어 아직 등급이 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2점 중 %1점</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Recuse from Applicant</source>
        <translation>신청 도시 평가 회피</translation>
    </message>
    <message>
        <source>You declare a conflict of interest with %1 and will not score it. The form becomes read-only, and your bundle says that you recused yourself and why. You can withdraw the recusal later.</source>
        <translation>%1와(과)의 이해충돌을 신고하고 평가하지 않습니다. 평가표는 읽기 전용이 되며, 평가 결과 파일에 회피 사실과 사유가 담깁니다. 회피는 나중에 철회할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>사유(&amp;R, 필수):</translation>
    </message>
</context>
<context>
    <name>ReportedValuesModel</name>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>지표명</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>산식</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 (reported %2)</source>
        <translation>%1 (신청 값 %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The chair accepted the corrected value %1; the applicant reported %2.</source>
        <translation>위원장이 보정 값 %1을(를) 승인했습니다. 신청 값은 %2입니다.</translation>
    </message>
    <message>
        <source>No reported value: the indicator scores 0 and is flagged as missing data.</source>
        <translation>제출 값이 없습니다: 0점이며 자료 누락으로 표시됩니다.</translation>
    </message>
    <message>
        <source>The value does not fit the indicator&apos;s rule: it scores 0.</source>
        <translation>값이 지표의 산식에 맞지 않아 0점입니다.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>&amp;City type:</source>
        <translation>도시 유형(&amp;C):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>%1 applicants: %2 graded, %3 certified.</source>
        <translation>신청 도시 %1곳: 등급 산정 %2곳, 인증 %3곳.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) wait for a decision; the results may still change.</source>
        <translation>
            <numerusform>보정 %n건이 결정을 기다립니다. 결과가 아직 바뀔 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee agreement (Krippendorff&apos;s alpha): not available.</source>
        <translation>평가위원 간 일치도(크리펜도르프 알파): 사용할 수 없음.</translation>
    </message>
    <message>
        <source>Committee agreement (Krippendorff&apos;s alpha, ordinal): %1 (%2).</source>
        <translation>평가위원 간 일치도(크리펜도르프 알파, 서열): %1 (%2).</translation>
    </message>
    <message>
        <source>Committee agreement (Krippendorff&apos;s alpha, ordinal): %1, %2; %3 evaluators, %4 applicant × indicator units rated at least twice.</source>
        <translation>평가위원 간 일치도(크리펜도르프 알파, 서열): %1, %2. 평가위원 %3명, 두 명 이상이 평가한 신청 도시 × 지표 %4개.</translation>
    </message>
    <message>
        <source>Computed with the SAMPLE framework: examples, not official results.</source>
        <translation>예시(SAMPLE) 평가체계로 산출: 공식 결과가 아닌 예시입니다.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Applicant:</source>
        <translation>신청 도시(&amp;A):</translation>
    </message>
    <message>
        <source>Only fla&amp;gged indicators</source>
        <translation>경고가 있는 지표만(&amp;G)</translation>
    </message>
    <message>
        <source>Grey and struck through: trimmed (left out as highest or lowest). Highlighted rows: a flag (missing data, spread) or a pending correction. %1 in a column header: the evaluator&apos;s qualitative total deviates from the panel mean.</source>
        <translation>회색 취소선: 절사(최고점 또는 최저점으로 제외). 강조된 행: 경고(자료 누락, 점수 편차) 또는 보정 대기. 열 머리글의 %1: 그 평가위원의 정성 합계가 평가위원 평균에서 벗어남.</translation>
    </message>
    <message>
        <source>No applicant.</source>
        <translation>신청 도시가 없습니다.</translation>
    </message>
    <message>
        <source>%1 %2: %3, total %4 of %5</source>
        <translation>%1 %2: %3, 총점 %4 / %5</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1등급</translation>
    </message>
    <message>
        <source>(certified)</source>
        <translation>(인증)</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s) counted</source>
        <translation>
            <numerusform>평가위원 %n명 반영</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>미반영: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged indicator(s)</source>
        <translation>
            <numerusform>경고 지표 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>Bands</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표 대비</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>최소–최대</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>충족 비율</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>정성 척도</translation>
    </message>
    <message>
        <source>%1 or more: %2</source>
        <translation>%1 이상 %2</translation>
    </message>
    <message>
        <source>more than %1: %2</source>
        <translation>%1 초과 %2</translation>
    </message>
    <message>
        <source>%1 or less: %2</source>
        <translation>%1 이하 %2</translation>
    </message>
    <message>
        <source>less than %1: %2</source>
        <translation>%1 미만 %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation>그 밖 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>target %1, full points from there</source>
        <translation>목표 %1 (넘으면 만점)</translation>
    </message>
    <message>
        <source>target %1 for large cities, %2 for small and medium ones</source>
        <translation>목표: 대도시 %1, 중소도시 %2</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <source>floor %1, %2</source>
        <translation>최저 %1, %2</translation>
    </message>
    <message>
        <source>items met ÷ items in all</source>
        <translation>충족 항목 수 ÷ 전체 항목 수</translation>
    </message>
    <message>
        <source>the evaluators&apos; level, by the Scale&apos;s ratios</source>
        <translation>평가위원의 등급 (척도 비율대로)</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>모든 변경이 저장됨 (%1)</translation>
    </message>
    <message>
        <source>All changes saved on %1</source>
        <translation>모든 변경이 저장됨 (%1)</translation>
    </message>
    <message>
        <source>Every change is written to the workspace as soon as it is made. Last save: %1</source>
        <translation>모든 변경은 입력하는 즉시 작업 공간에 저장됩니다. 마지막 저장: %1</translation>
    </message>
</context>
<context>
    <name>ScoreFormPage</name>
    <message>
        <source>%1 · %2 · population %3</source>
        <translation>%1 · %2 · 인구 %3명</translation>
    </message>
    <message>
        <source>%1 / %2 done · total %3 / %4</source>
        <translation>%1 / %2 완료 · 합계 %3 / %4</translation>
    </message>
    <message>
        <source>You recused yourself from this applicant (reason: %1). The form is read-only and your bundle will say that you did not score it.</source>
        <translation>이 신청 도시의 평가를 회피했습니다(사유: %1). 평가표는 읽기 전용이며, 평가 결과 파일에 평가하지 않았다고 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Evidence documents (%1)</source>
        <translation>증빙자료 (%1)</translation>
    </message>
    <message>
        <source>The evidence document %1 is missing from the workspace. Import the assignment package again.</source>
        <translation>작업 공간에 증빙자료 %1이(가) 없습니다. 평가 패키지를 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>No program on this computer could open %1. Install a PDF viewer and try again.</source>
        <translation>이 컴퓨터에서 %1을(를) 열 수 있는 프로그램이 없습니다. PDF 뷰어를 설치한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Viewing read-only: another smartcert has this workspace, so nothing can be changed here.</source>
        <translation>읽기 전용으로 보는 중입니다. 다른 smartcert가 이 작업 공간을 쓰고 있어 여기서는 아무것도 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>You recused yourself from this applicant; withdraw the recusal to score it.</source>
        <translation>이 신청 도시의 평가를 회피했습니다. 평가하려면 회피를 철회하십시오.</translation>
    </message>
    <message>
        <source>Level %1 needs a comment: press Enter to write it.</source>
        <translation>%1 등급에는 의견이 필요합니다. Enter 키를 눌러 의견을 쓰십시오.</translation>
    </message>
    <message>
        <source>Every indicator of this applicant is done. Ctrl+PgDown: the next applicant.</source>
        <translation>이 신청 도시의 모든 지표를 마쳤습니다. Ctrl+PgDown: 다음 신청 도시.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>the Scale&apos;s keys set the level</source>
        <translation>척도의 키로 등급 입력</translation>
    </message>
    <message>
        <source>%1 level (%2 … %3)</source>
        <translation>%1 등급 (%2 … %3)</translation>
    </message>
    <message>
        <source>Keys: ↑ ↓ Tab move · %1 · Enter next · Del clear · F2 text · Esc back · F8 next to do · Ctrl+PgDown next applicant · Ctrl+Z undo</source>
        <translation>키: ↑ ↓ 또는 Tab 이동 · %1 · Enter 다음 · Del 지우기 · F2 글 입력 · Esc 돌아가기 · F8 다음 미완료 · Ctrl+PgDown 다음 신청 도시 · Ctrl+Z 실행 취소</translation>
    </message>
    <message>
        <source>◀ Applicants</source>
        <translation>◀ 신청 도시 목록</translation>
    </message>
    <message>
        <source>Back to the list of applicants (Alt+Left)</source>
        <translation>신청 도시 목록으로 돌아갑니다 (Alt+←)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Previous applicant (Ctrl+PgUp)</source>
        <translation>이전 신청 도시 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Next applicant (Ctrl+PgDown)</source>
        <translation>다음 신청 도시 (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Recuse…</source>
        <translation>회피…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest (회피): you will not score this applicant</source>
        <translation>이해충돌을 신고합니다(회피). 이 신청 도시를 평가하지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Withdraw Recusal</source>
        <translation>회피 철회(&amp;W)</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>종합 의견</translation>
    </message>
    <message>
        <source>On-site inspection (현장실사)</source>
        <translation>현장실사</translation>
    </message>
    <message>
        <source>On-site inspection (현장실사) note for the whole applicant</source>
        <translation>신청 도시 전체에 대한 현장실사 메모</translation>
    </message>
    <message>
        <source>A comment on the applicant as a whole (optional)</source>
        <translation>신청 도시 전체에 대한 의견 (선택)</translation>
    </message>
    <message>
        <source>What the on-site inspection found (optional)</source>
        <translation>현장실사에서 확인한 내용 (선택)</translation>
    </message>
</context>
<context>
    <name>ScoreTreeModel</name>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>값·등급</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>✓ done · ! comment required · ○ still to do</source>
        <translation>✓ 완료 · ! 의견 필요 · ○ 미완료</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>A comment is required for this level</source>
        <translation>이 등급에는 의견이 필요합니다</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>미완료</translation>
    </message>
</context>
<context>
    <name>SheetChangeModel</name>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>확인한 값</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>On-site note</source>
        <translation>현장실사 메모</translation>
    </message>
    <message>
        <source>Recusal (reason)</source>
        <translation>회피 (사유)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청 도시</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>(whole sheet)</source>
        <translation>(평가표 전체)</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import Score Sheet</source>
        <translation>평가표 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%1 would change %2 of your entries in %n applicant sheet(s), as listed. Nothing is changed until you import; afterwards Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>
            <numerusform>%1을(를) 가져오면 아래와 같이 신청 도시 %n곳의 입력 %2개가 바뀝니다. 가져오기 전에는 아무것도 바뀌지 않으며, 가져온 뒤에는 실행 취소(Ctrl+Z)로 전체를 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Change(s)</source>
        <translation>
            <numerusform>변경 %n건 가져오기(&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <source>%1 %2: points %3 of %4</source>
        <translation>%1 %2: %4점 중 %3점</translation>
    </message>
    <message>
        <source>Select an indicator to see how far the evaluators are apart.</source>
        <translation>지표를 선택하면 평가위원 점수의 분포가 보입니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — quantitative: %2 of %3 points from the value in effect</source>
        <translation>%1 — 정량: 적용 값으로 %3점 중 %2점</translation>
    </message>
    <message>
        <source>%1 — no counted evaluator yet</source>
        <translation>%1 — 아직 반영된 평가위원이 없음</translation>
    </message>
    <message>
        <source>%1 — evaluators from %2 to %3 of %4 points; result %5</source>
        <translation>%1 — 평가위원 점수 %2~%3 (배점 %4), 결과 %5</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Written evaluation of smart city certification applicants, offline and signed.</source>
        <translation>스마트도시 인증 신청 도시의 서면평가 — 오프라인에서, 전자서명과 함께.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>열린 작업 공간이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>역할을 선택하세요</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Score the applicants assigned to you and submit a signed score bundle.</source>
        <translation>배정된 신청 도시를 평가하고 서명된 평가 결과 파일을 제출합니다.</translation>
    </message>
    <message>
        <source>Chair / Operating agency</source>
        <translation>위원장·운영기관</translation>
    </message>
    <message>
        <source>Prepare the round, merge the evaluators&apos; score bundles and publish the results.</source>
        <translation>평가를 준비하고, 평가위원의 평가 결과 파일을 병합하여 결과를 확정합니다.</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Round…</source>
        <translation>데모로 체험하기(&amp;D)…</translation>
    </message>
    <message>
        <source>A whole sample round on this computer: score as evaluator E01, or look at the chair&apos;s side. Every key of the demo has the passphrase demo.</source>
        <translation>이 컴퓨터에서 예시 평가 전체를 체험합니다. 평가위원 E01로 평가하거나 위원장 화면을 볼 수 있습니다. 데모의 모든 키 암호 문구는 demo입니다.</translation>
    </message>
    <message>
        <source>The indicator framework included with this program is a sample, not the official indicator set.</source>
        <translation>이 프로그램에 포함된 지표체계는 예시이며 공식 지표체계가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>SubmitReviewPage</name>
    <message>
        <source>⚠ The bundle will be marked incomplete. The operating agency counts only complete sheets: an applicant whose sheet is incomplete gets no score from you until you submit again with it complete.</source>
        <translation>⚠ 평가 결과 파일이 미완료로 표시됩니다. 운영기관은 완료된 평가표만 반영하므로, 평가표가 미완료인 신청 도시에는 완료하여 다시 제출할 때까지 내 점수가 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Complete the items above (double-click one to go there), or tick the box to submit an incomplete bundle anyway.</source>
        <translation>위 항목을 완료하십시오(두 번 누르면 해당 지표로 이동합니다). 미완료 상태로 제출하려면 아래 상자를 선택하십시오.</translation>
    </message>
    <message>
        <source>◀ Applicants</source>
        <translation>◀ 신청 도시 목록</translation>
    </message>
    <message>
        <source>Review and Submit</source>
        <translation>검토 및 제출</translation>
    </message>
    <message>
        <source>This will be bundle number %1 of evaluator %2, signed with key %3 and readable only with the key of the program %4.</source>
        <translation>평가위원 %2의 제출 번호 %1 평가 결과 파일이 됩니다. 키 %3으로 서명되며 프로그램 %4의 키로만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The last bundle was number %1 (%2), written to %3; the new one replaces it.</source>
        <translation>지난 제출은 %1번(%2, %3)이며, 새 파일이 이를 대신합니다.</translation>
    </message>
    <message>
        <source>%1 applicants assigned: %2 complete or submitted, %3 recused, %4 incomplete.</source>
        <translation>배정된 신청 도시 %1곳: 완료·제출 %2곳, 회피 %3곳, 미완료 %4곳.</translation>
    </message>
    <message numerus="yes">
        <source>Still missing (%n item(s)):</source>
        <translation>
            <numerusform>아직 빠진 항목 (%n건):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: every sheet is complete.</source>
        <translation>빠진 항목이 없습니다. 모든 평가표를 완료했습니다.</translation>
    </message>
    <message>
        <source>Submit an &amp;incomplete bundle anyway</source>
        <translation>미완료 상태로 제출(&amp;I)</translation>
    </message>
    <message>
        <source>Sign and &amp;Submit…</source>
        <translation>서명하고 제출(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SubmittedDialog</name>
    <message>
        <source>Score Bundle Written</source>
        <translation>평가 결과 파일 저장됨</translation>
    </message>
    <message numerus="yes">
        <source>Your signed, encrypted score bundle for %n applicant(s) is written.</source>
        <translation>
            <numerusform>신청 도시 %n곳의 평가 결과를 서명·암호화하여 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your signed, encrypted score bundle is written, but it is INCOMPLETE: incomplete sheets are not counted.</source>
        <translation>서명·암호화한 평가 결과 파일을 저장했지만 미완료입니다. 미완료 평가표는 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Sequence number:</source>
        <translation>제출 번호:</translation>
    </message>
    <message>
        <source>Signed with key:</source>
        <translation>서명한 키:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Hand this file to the operating agency. Only the program&apos;s key can read it. If you change scores later (after the on-site inspection, say), submit again: the newer bundle replaces this one.</source>
        <translation>이 파일을 운영기관에 전달하십시오. 프로그램 키로만 읽을 수 있습니다. 나중에(예: 현장실사 뒤) 점수를 바꾸면 다시 제출하십시오. 새 파일이 이 파일을 대신합니다.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>The screens for this role are not part of this version of the program.</source>
        <translation>이 버전의 프로그램에는 이 역할의 화면이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Back to the Start Page</source>
        <translation>시작 화면으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>VerdictsModel</name>
    <message>
        <source>Bundle</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>제출 번호</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Evaluator</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>To score applicants you need an evaluator workspace: your identity (a signing key protected by your passphrase), the assignment package from the operating agency, and your scores. Everything stays on this computer until you submit a signed bundle.</source>
        <translation>신청 도시를 평가하려면 평가위원 작업 공간이 필요합니다. 작업 공간에는 평가위원 키(암호 문구로 보호되는 서명 키), 운영기관의 평가 패키지, 입력한 점수가 담깁니다. 서명된 평가 결과 파일을 제출하기 전까지 모든 것은 이 컴퓨터에만 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Create Evaluator Identity…</source>
        <translation>평가위원 키 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open Evaluator Workspace…</source>
        <translation>평가위원 작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>First time: make your keys and the enrolment file to hand to the operating agency.</source>
        <translation>처음 사용: 키를 만들고 운영기관에 전달할 등록 파일을 만듭니다.</translation>
    </message>
    <message>
        <source>Continue in a workspace made earlier on this computer.</source>
        <translation>이 컴퓨터에서 전에 만든 작업 공간에서 계속합니다.</translation>
    </message>
</context>
<context>
    <name>WorkspaceAccess</name>
    <message>
        <source>The workspace %1 is in use by another smartcert (pid %2, since %3).</source>
        <translation>작업 공간 %1을(를) 다른 smartcert가 쓰고 있습니다(pid %2, %3부터).</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another smartcert.</source>
        <translation>작업 공간 %1을(를) 다른 smartcert가 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>Only one program may change a workspace at a time. Wait until the other one has closed it, or look at it without changing anything.</source>
        <translation>작업 공간은 한 번에 한 프로그램만 바꿀 수 있습니다. 다른 프로그램이 닫을 때까지 기다리거나, 아무것도 바꾸지 않고 읽기 전용으로 보십시오.</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>기다리기(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;View Read-Only</source>
        <translation>읽기 전용으로 보기(&amp;V)</translation>
    </message>
    <message>
        <source>Waiting until the other smartcert closes %1…</source>
        <translation>다른 smartcert가 %1을(를) 닫기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>데이터베이스 비밀번호</translation>
    </message>
    <message>
        <source>The database server %1 asks for the password of the database user %2.</source>
        <translation>데이터베이스 서버 %1이(가) 데이터베이스 사용자 %2의 비밀번호를 요청합니다.</translation>
    </message>
    <message>
        <source>The workspace could not be backed up: %1</source>
        <translation>작업 공간을 백업하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Backups of %1. Restoring one replaces the workspace&apos;s scores and records by the backup&apos;s; the present state is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>%1의 백업입니다. 백업을 복원하면 작업 공간의 점수와 기록이 백업의 것으로 바뀝니다. 지금 상태를 먼저 백업하므로, 그 백업을 복원하면 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>백업한 까닭</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>복원할 수 있음</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>손상됨: %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>opening the workspace</source>
        <translation>작업 공간 열기 전</translation>
    </message>
    <message>
        <source>merging bundles</source>
        <translation>평가 결과 파일 병합 전</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>제출 전</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>배정 패키지 가져오기 전</translation>
    </message>
    <message>
        <source>importing a score sheet</source>
        <translation>평가표 가져오기 전</translation>
    </message>
    <message>
        <source>a correction decision</source>
        <translation>보정 결정 전</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>백업 복원 전</translation>
    </message>
    <message>
        <source>The workspace %1 has no backups yet.</source>
        <translation>작업 공간 %1에는 아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Restore the backup made %1, before %2?</source>
        <translation>%1에 만든 백업(%2)을 복원할까요?</translation>
    </message>
    <message>
        <source>What was done since then is replaced; the present state is kept as a backup.</source>
        <translation>그 뒤에 한 일은 바뀌어 없어지지만, 지금 상태는 백업으로 남습니다.</translation>
    </message>
    <message>
        <source>The workspace is still open in this program; close what uses it and try again. Nothing was restored.</source>
        <translation>작업 공간이 아직 이 프로그램에서 열려 있습니다. 쓰고 있는 화면을 닫고 다시 하십시오. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The workspace was restored from the backup made %1.</source>
        <translation>%1에 만든 백업으로 작업 공간을 복원했습니다.</translation>
    </message>
</context>
</TS>
