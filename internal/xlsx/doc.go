// Package xlsx reads and writes Excel workbooks (.xlsx) with
// github.com/xuri/excelize/v2: it writes an event's invitation list, the
// missions directory and the people list, ready to print; it reads the
// diplomatic lists foreign ministries send, and invitation lists that went
// out and came back with the replies filled in. Like the other format
// packages it turns bytes into domain values and back; the caller writes
// them to the database.
package xlsx
