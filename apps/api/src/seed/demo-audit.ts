// The demo organisation's two-week audit (2026-03-02..2026-03-15) for IT, HR
// and Finance: the synthetic sample audit (tests/fixtures/audit-2026-03-02_2026-03-15.csv),
// imported at first start through the ordinary import pipeline.
export const DEMO_AUDIT_WINDOW = {
  windowStart: '2026-03-02',
  windowEnd: '2026-03-15',
};

export const DEMO_AUDIT_CSV = `department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours
IT,Password reset,EMAIL,9,10.3,3.25
IT,Password reset,SPREADSHEET,22,31.4,17.8
IT,VPN access,EMAIL,9,29.3,0.99
IT,VPN access,CHAT,9,36.8,16.44
IT,Laptop request,VIRTUAL_AGENT,38,42.5,4.96
IT,Laptop request,SPREADSHEET,12,17.4,6.62
IT,Laptop request,PORTAL,24,8.3,11.52
IT,Software install,FORM,21,30.9,29.2
IT,Software install,SPREADSHEET,11,31.7,24.92
IT,Software install,PORTAL,16,47.8,17.41
IT,Software install,EMAIL,20,5.4,6.99
IT,Printer issue,CHAT,11,26.6,25.06
IT,Printer issue,WALK_UP,9,21.5,20.17
IT,Printer issue,PORTAL,20,38.5,2.33
IT,Printer issue,EMAIL,17,30.8,7.5
IT,MFA reset,PORTAL,9,19.9,23.1
IT,MFA reset,SPREADSHEET,8,45.7,24.19
IT,MFA reset,FORM,11,6.4,27.41
IT,MFA reset,OTHER,15,40.3,6.54
IT,MFA reset,VIRTUAL_AGENT,13,49.0,19.36
IT,Email quota,SPREADSHEET,22,31.0,22.46
IT,Email quota,PHONE,12,33.3,10.99
IT,Email quota,CHAT,762,10.2,14.91
IT,New hire equipment,CHAT,17,44.2,12.78
IT,New hire equipment,PHONE,8,22.8,29.88
IT,Access request,OTHER,8,49.0,22.58
IT,Access request,EMAIL,24,20.7,8.95
IT,Access request,FORM,9,3.2,21.72
IT,Access request,PORTAL,21,53.5,22.91
IT,BitLocker recovery,SPREADSHEET,9,42.7,16.27
IT,BitLocker recovery,WALK_UP,25,30.6,0.22
IT,Wi-Fi issue,VIRTUAL_AGENT,40,46.2,9.36
IT,Wi-Fi issue,EMAIL,8,48.7,28.42
IT,Wi-Fi issue,OTHER,8,28.3,2.26
IT,Wi-Fi issue,PHONE,24,42.8,4.03
IT,Monitor request,OTHER,12,14.0,16.27
IT,Monitor request,PHONE,21,13.5,9.49
IT,Monitor request,VIRTUAL_AGENT,482,36.8,13.26
IT,Monitor request,SPREADSHEET,14,9.3,6.9
IT,Monitor request,FORM,10,33.6,7.06
HR,PTO question,EMAIL,17,14.9,27.18
HR,PTO question,CHAT,36,6.7,7.29
HR,PTO question,FORM,18,14.1,4.14
HR,Benefits enrolment,WALK_UP,8,37.3,10.76
HR,Benefits enrolment,VIRTUAL_AGENT,12,47.9,1.81
HR,Benefits enrolment,PORTAL,18,36.6,2.01
HR,Benefits enrolment,OTHER,21,44.6,3.46
HR,Benefits enrolment,CHAT,9,30.9,4.38
HR,Payslip query,SPREADSHEET,39,6.9,24.28
HR,Payslip query,VIRTUAL_AGENT,35,8.1,19.63
HR,Payslip query,CHAT,14,3.8,2.98
HR,Onboarding,PHONE,13,48.0,27.09
HR,Onboarding,PORTAL,9,3.1,11.83
HR,Onboarding,WALK_UP,59,43.8,8.7
HR,Offboarding,PHONE,15,31.2,22.49
HR,Offboarding,WALK_UP,8,33.4,15.18
HR,Offboarding,OTHER,34,11.2,28.83
HR,Offboarding,CHAT,8,12.7,17.93
HR,Offboarding,EMAIL,19,15.2,3.77
HR,Policy lookup,EMAIL,18,32.4,9.63
HR,Policy lookup,CHAT,10,37.8,9.56
HR,Policy lookup,WALK_UP,10,9.8,19.44
HR,Address change,FORM,1162,54.8,2.38
HR,Address change,CHAT,9,16.8,28.01
HR,Address change,EMAIL,41,48.7,11.21
HR,Address change,WALK_UP,9,46.4,21.17
HR,Address change,SPREADSHEET,16,54.3,19.69
HR,Parental leave,OTHER,63,8.4,26.37
HR,Parental leave,SPREADSHEET,10,49.3,22.32
HR,Employment letter,SPREADSHEET,9,20.8,20.69
HR,Employment letter,OTHER,34,29.3,7.68
HR,Employment letter,VIRTUAL_AGENT,50,5.6,19.1
HR,Training enrolment,EMAIL,17,16.6,22.29
HR,Training enrolment,OTHER,14,25.2,0.49
HR,Training enrolment,PHONE,8,48.9,27.14
HR,Training enrolment,CHAT,14,46.4,17.56
HR,Expense policy,PORTAL,10,49.7,23.92
HR,Expense policy,PHONE,36,49.7,6.46
HR,Expense policy,EMAIL,9,8.3,23.45
FINANCE,Invoice approval,PHONE,41,4.3,22.15
FINANCE,Invoice approval,WALK_UP,10,51.4,24.11
FINANCE,Invoice approval,PORTAL,37,45.2,8.15
FINANCE,Invoice approval,CHAT,26,8.6,26.19
FINANCE,Invoice approval,FORM,36,14.6,24.53
FINANCE,Expense query,FORM,8,13.0,9.98
FINANCE,Expense query,SPREADSHEET,37,53.3,8.52
FINANCE,Expense query,PORTAL,17,23.8,29.44
FINANCE,Expense query,CHAT,14,51.8,3.64
FINANCE,Expense query,OTHER,119,12.3,28.88
FINANCE,Vendor onboarding,EMAIL,11,43.9,13.2
FINANCE,Vendor onboarding,CHAT,194,9.0,27.01
FINANCE,Vendor onboarding,SPREADSHEET,9,5.3,13.19
FINANCE,Vendor onboarding,WALK_UP,14,44.9,20.67
FINANCE,Budget query,FORM,78,50.9,18.77
FINANCE,Budget query,PORTAL,18,9.5,27.02
FINANCE,Budget query,EMAIL,13,37.7,9.92
FINANCE,PO approval,OTHER,18,22.7,22.49
FINANCE,PO approval,PHONE,9,32.6,12.3
FINANCE,PO approval,CHAT,31,18.8,6.46
FINANCE,PO approval,WALK_UP,26,34.5,9.8
FINANCE,Reimbursement status,VIRTUAL_AGENT,18,17.8,19.98
FINANCE,Reimbursement status,WALK_UP,16,7.9,28.57
FINANCE,Reimbursement status,SPREADSHEET,9,19.1,24.24
FINANCE,Reimbursement status,OTHER,9,5.4,29.52
FINANCE,Reimbursement status,CHAT,16,43.0,13.77
FINANCE,Credit card request,PORTAL,9,37.1,0.37
FINANCE,Credit card request,VIRTUAL_AGENT,23,43.0,3.38
FINANCE,Credit card request,WALK_UP,12,12.1,28.75
`;
