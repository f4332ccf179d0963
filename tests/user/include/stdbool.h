/* stdbool.h - bool, true, false (C11). */
#ifndef _STDBOOL_H
#define _STDBOOL_H

#define bool	_Bool
#define true	1
#define false	0

#endif /* _STDBOOL_H */
